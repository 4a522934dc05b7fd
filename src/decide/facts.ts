import { aboutPatient, sentenceIndex, withoutSpans } from '../context/post.js';
import { isEponym } from '../context/eponym.js';
import { namedPerson } from '../context/named-person.js';
import { particularPatient, residence } from '../context/own-place.js';
import { withoutGenericPatients } from '../context/generic-patients.js';
import { staffRole } from '../context/staff.js';
import type { PostContext, Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';

/** Segments that name or show the subject of the whole post. */
const TITLE_KINDS = new Set(['heading', 'frontmatter', 'image-alt']);
/** Proper names whose words say nothing about care ("Riverbend Family Clinic", "Hope Street"). */
const PROPER_NAMES = new Set(['name', 'location']);

/** What the decision table asks about a post as a whole, worked out once per post. */
export class PostFacts {
  /** Segments of replies that confirm care: everything personal in them is part of that disclosure. */
  readonly careReplies: Set<number>;
  readonly storyIndex: number;
  private readonly views = new Map<number, Sentence>();

  constructor(readonly hits: Hit[], readonly ctx: PostContext) {
    this.careReplies = new Set(hits.filter((h) => h.rule.spec.category === 'patient-relationship').map((h) => h.segment));
    this.storyIndex = ctx.sentences.findIndex((_, k) => aboutPatient(this.view(k)));
  }

  /** Sentence k read without the names and places found in it (and "patients" that name no one), with a patient's name as its person. */
  view(k: number): Sentence {
    let v = this.views.get(k);
    if (!v) {
      const s = this.ctx.sentences[k];
      const inside = this.hits.filter((h) => PROPER_NAMES.has(h.rule.spec.category) && h.segment === s.segment && h.start < s.end && h.end > s.start);
      v = withoutGenericPatients(withoutSpans(s, inside));
      const named = namedPerson(v, inside, this.ctx.segments[s.segment].text);
      if (named) v = { ...v, personal: named };
      this.views.set(k, v);
    }
    return v;
  }

  /** Whether a patient's name (not a staff member's) is found in sentence k. */
  namesPatient(k: number): boolean {
    const s = this.ctx.sentences[k];
    const text = this.ctx.segments[s.segment].text;
    return this.hits.some(
      (h) => h.rule.spec.category === 'name' && h.segment === s.segment && h.start >= s.start && h.end <= s.end &&
        !h.staff && !staffRole(text, h.start, h.end),
    );
  }
}

/** What the decision table asks about one hit; each fact is worked out only when a row asks for it. */
export class HitFacts {
  private k?: number;
  constructor(readonly hit: Hit, private readonly post: PostFacts) {}

  private get text(): string { return this.post.ctx.segments[this.hit.segment].text; }
  private get category(): string { return this.hit.rule.spec.category; }
  private get sentenceIdx(): number { return (this.k ??= sentenceIndex(this.post.ctx, this.hit.segment, this.hit.start)); }
  private get sentence(): Sentence | undefined { return this.sentenceIdx >= 0 ? this.post.view(this.sentenceIdx) : undefined; }

  get direct(): boolean { return this.hit.rule.spec.link === 'direct'; }
  get eponym(): boolean { return PROPER_NAMES.has(this.category) && isEponym(this.text, this.hit.start, this.hit.end); }
  get staffRole(): string | undefined {
    if (this.category !== 'name') return undefined;
    return staffRole(this.text, this.hit.start, this.hit.end) ?? (this.hit.staff ? 'title or credentials' : undefined);
  }
  get ownSite(): boolean {
    return Boolean(this.hit.ownSite || (this.hit.rule.ownPlace?.(this.text, this.hit) && !residence(this.text, this.hit.start)));
  }
  get careReply(): boolean { return this.post.careReplies.has(this.hit.segment); }
  get siteCareCue(): string | undefined {
    const s = this.sentence;
    return s && particularPatient(s, this.post.namesPatient(this.sentenceIdx))?.word;
  }
  get patientCue(): string | undefined { return this.sentence && aboutPatient(this.sentence)?.word; }
  get storyCue(): string | undefined {
    const { storyIndex } = this.post;
    return storyIndex >= 0 && this.tiedToStory() ? aboutPatient(this.post.view(storyIndex))!.word : undefined;
  }
  get orgCue(): string | undefined { return this.sentence?.org?.word; }

  /**
   * In a patient story, identifiers outside the organisation's own voice
   * belong to the story when they name a person or sit in a sentence that
   * does ("Chinonso Eze, 34, of Riverside"), sit in a title or caption, or
   * sit next to a sentence about the patient.
   */
  private tiedToStory(): boolean {
    const s = this.sentence;
    if (!s || s.org) return false;
    const k = this.sentenceIdx;
    if (this.category === 'name' || s.personal || this.post.namesPatient(k)) return true;
    if (TITLE_KINDS.has(this.post.ctx.segments[this.hit.segment].kind)) return true;
    const { sentences } = this.post.ctx;
    return [k - 1, k + 1].some((n) => n >= 0 && n < sentences.length && sentences[n].segment === s.segment && aboutPatient(this.post.view(n)) !== undefined);
  }
}
