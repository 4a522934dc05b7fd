import { aboutPatient, SECOND_PERSON, sentenceIndex, withoutSpans } from '../context/post.js';
import { isEponym } from '../context/eponym.js';
import { namedPerson } from '../context/named-person.js';
import { particularPatient, residence } from '../context/own-place.js';
import { withoutGenericPatients } from '../context/generic-patients.js';
import { isLayRole, staffRole } from '../context/staff.js';
import { animalName, placeLikeName } from '../context/entity-kinds.js';
import { escape } from '../text/word-trie.js';
import type { Cue, PostContext, Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';

/** Segments that name or show the subject of the whole post. */
const TITLE_KINDS = new Set(['heading', 'frontmatter', 'image-alt']);
/** Hits that mention a person: a name, or a handle. */
const PERSON_CATEGORIES = new Set(['name', 'other-id']);
const PRONOUN = /^(?:he|she|him|his|her|hers|himself|herself)$/i;

/** What a name names when it is no person. */
export type EntityKind = 'animal' | 'place';

/** Keys that name who wrote a review or comment. */
const AUTHOR_KEYS = /^(?:user|username|author|reviewer|name|handle|from|commenter)$/i;
/** Proper names whose words say nothing about care ("Riverbend Family Clinic", "Hope Street"). */
const PROPER_NAMES = new Set(['name', 'location']);

/** What the decision table asks about a post as a whole, worked out once per post. */
export class PostFacts {
  /** Segments of replies that confirm care: everything personal in them is part of that disclosure. */
  readonly careReplies: Set<number>;
  readonly storyIndex: number;
  private readonly views = new Map<number, Sentence>();
  private readonly roles = new Map<Hit, string | undefined>();
  private readonly kinds = new Map<Hit, EntityKind | undefined>();
  private kindWords?: Map<string, EntityKind>;
  private postText?: string;
  private ordered?: Hit[];
  private pets?: RegExp | null;
  /** Words of the names that are staff by their own title, credential or job ("Luis Ortega, medical interpreter"). */
  private staffWords?: Map<string, string>;

  constructor(readonly hits: Hit[], readonly ctx: PostContext) {
    this.careReplies = new Set(hits.filter((h) => h.rule.spec.category === 'patient-relationship').map((h) => h.segment));
    // A reply that speaks of the person's care anywhere ("Hi Jordan! ... We hope your colonoscopy prep went ok").
    ctx.sentences.forEach((s, k) => s.reply && SECOND_PERSON.test(s.text) && aboutPatient(this.view(k)) && this.careReplies.add(s.segment));
    this.storyIndex = ctx.sentences.findIndex((_, k) => aboutPatient(this.view(k)));
  }

  /** Sentence k read without the names and places found in it (and "patients" that name no one), with a patient's name as its person. */
  view(k: number): Sentence {
    let v = this.views.get(k);
    if (!v) {
      const s = this.ctx.sentences[k];
      const inside = this.hits.filter((h) => PROPER_NAMES.has(h.rule.spec.category) && h.segment === s.segment && h.start < s.end && h.end > s.start);
      v = withoutGenericPatients(withoutSpans(s, inside));
      const named = namedPerson(v, inside, this.ctx.segments[s.segment].text, (h) => this.staffRole(h) !== undefined || this.kindOf(h) !== undefined);
      if (named) v = { ...v, personal: named };
      else if (this.aboutPet(s)) v = { ...v, personal: undefined, patient: undefined };
      else if (v.personal && this.notAPatient(s, v.personal)) v = { ...v, personal: undefined };
      this.views.set(k, v);
    }
    return v;
  }

  /** Whether a patient's name (not a staff member's) is found in sentence k. */
  namesPatient(k: number): boolean {
    const s = this.ctx.sentences[k];
    return this.hits.some(
      (h) => h.rule.spec.category === 'name' && h.segment === s.segment && h.start >= s.start && h.end <= s.end && this.staffRole(h) === undefined && this.kindOf(h) === undefined,
    );
  }

  /**
   * The title, credential or job that makes a name staff or a public figure:
   * its own, or that of the same person named elsewhere in the post ("Luis"
   * after "Luis Ortega, medical interpreter"), so one introduction covers
   * every later mention.
   */
  staffRole(hit: Hit): string | undefined {
    if (this.roles.has(hit)) return this.roles.get(hit);
    const role = this.ownRole(hit) ?? this.sharedRole(hit);
    this.roles.set(hit, role);
    return role;
  }

  private ownRole(hit: Hit): string | undefined {
    return staffRole(this.ctx.segments[hit.segment].text, hit.start, hit.end) ?? (hit.staff ? 'title or credentials' : undefined);
  }

  private sharedRole(hit: Hit): string | undefined {
    if (!this.staffWords) {
      this.staffWords = new Map();
      for (const h of this.hits) {
        if (h.rule.spec.category !== 'name') continue;
        // Only roles that give care carry over: a volunteer or a mayor may be the patient elsewhere in the post.
        const role = this.ownRole(h);
        if (role && !isLayRole(role)) for (const w of this.words(h)) this.staffWords.set(w, role);
      }
    }
    const words = this.words(hit);
    return words.length && words.every((w) => this.staffWords!.has(w)) ? this.staffWords.get(words[0]) : undefined;
  }

  /**
   * A name's kind when it names no person: a pet ("Biscuit, a 17-year-old
   * beagle mix") or a place or organisation ("2024 at Harborview"); like a
   * staff role, it carries over to every mention of the same name.
   */
  kindOf(hit: Hit): EntityKind | undefined {
    if (hit.rule.spec.category !== 'name') return undefined;
    if (this.kinds.has(hit)) return this.kinds.get(hit);
    if (!this.kindWords) {
      this.kindWords = new Map();
      for (const h of this.hits) {
        const own = h.rule.spec.category === 'name' ? this.ownKind(h) : undefined;
        if (own) for (const w of this.words(h)) this.kindWords.set(w, own);
      }
    }
    const words = this.words(hit);
    const kind = words.length && words.every((w) => this.kindWords!.has(w)) ? this.kindWords.get(words[0]) : undefined;
    this.kinds.set(hit, kind);
    return kind;
  }

  private ownKind(hit: Hit): EntityKind | undefined {
    const text = this.ctx.segments[hit.segment].text;
    if (this.petNamed(text.slice(hit.start, hit.end))) return 'animal';
    this.postText ??= this.ctx.segments.map((s) => s.text).join('\n');
    return placeLikeName(text, hit.start, hit.end, this.postText) ? 'place' : undefined;
  }

  /**
   * Whether the pronoun a sentence speaks of ("she", "his") means no patient:
   * the last person named before it is a clinician or a pet ("Dr. Okoye ...
   * she led the county's COVID response"), and no one else is named in the
   * sentence.
   */
  private notAPatient(s: Sentence, person: Cue): boolean {
    const inSentence = (h: Hit) => h.segment === s.segment && h.start >= s.start && h.end <= s.end;
    if (!PRONOUN.test(person.word)) return false;
    // Someone else named or tagged in the sentence may be the one the pronoun means.
    if (this.hits.some((h) => inSentence(h) && PERSON_CATEGORIES.has(h.rule.spec.category) && this.staffRole(h) === undefined)) return false;
    const at = person.start;
    this.ordered ??= this.hits.filter((h) => h.rule.spec.category === 'name' && this.kindOf(h) !== 'place').sort((a, b) => a.segment - b.segment || a.start - b.start);
    const before = this.ordered.filter((h) => h.segment < s.segment || (h.segment === s.segment && h.end <= s.start + at)).at(-1);
    if (!before) return false;
    const role = this.staffRole(before);
    return this.kindOf(before) === 'animal' || (role !== undefined && !isLayRole(role));
  }

  /** A sentence that names one of the post's pets and no person: its care and its "he" are the pet's. */
  private aboutPet(s: Sentence): boolean {
    if (!this.pets) {
      const names = this.hits.filter((h) => this.kindOf(h) === 'animal').map((h) => this.ctx.segments[h.segment].text.slice(h.start, h.end));
      this.pets = names.length ? new RegExp(`(?<![\\p{L}])(?:${[...new Set(names)].map(escape).join('|')})(?![\\p{L}])`, 'u') : null;
    }
    if (!this.pets || !this.pets.test(s.text)) return false;
    const inSentence = (h: Hit) => h.segment === s.segment && h.start >= s.start && h.end <= s.end;
    return !this.hits.some((h) => inSentence(h) && h.rule.spec.category === 'name' && this.kindOf(h) === undefined && this.staffRole(h) === undefined);
  }

  /** Whether the post names a pet so anywhere, found as a name or not ("Biscuit, a 17-year-old beagle mix"). */
  private petNamed(name: string): boolean {
    const at = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu');
    return this.ctx.segments.some((seg) => [...seg.text.matchAll(at)].some((m) => animalName(seg.text, m.index!, m.index! + name.length)));
  }

  /** The words of a name, lower-cased, without a possessive. */
  private words(hit: Hit): string[] {
    return this.ctx.segments[hit.segment].text.slice(hit.start, hit.end).toLowerCase().replace(/['’]s$/, '').split(/[\s.]+/).filter((w) => w.length > 1);
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

  get kind(): EntityKind | undefined { return this.post.kindOf(this.hit); }
  get direct(): boolean { return this.hit.rule.spec.link === 'direct'; }
  get eponym(): boolean { return PROPER_NAMES.has(this.category) && isEponym(this.text, this.hit.start, this.hit.end); }
  /**
   * The title or job that makes a name staff or a public figure. A public
   * figure or volunteer in a sentence about their own care is a patient there.
   */
  get staffRole(): string | undefined {
    const role = this.category === 'name' ? this.post.staffRole(this.hit) : undefined;
    return role && isLayRole(role) && this.patientCue ? undefined : role;
  }
  get ownSite(): boolean {
    return Boolean(this.hit.ownSite || (this.hit.rule.ownPlace?.(this.text, this.hit) && !residence(this.text, this.hit.start)));
  }
  /** In a reply that speaks of someone's care, or the name of the person such a reply answers. */
  get careReply(): boolean {
    const { careReplies, ctx } = this.post;
    if (careReplies.has(this.hit.segment)) return true;
    const seg = ctx.segments[this.hit.segment];
    return careReplies.size > 0 && this.publicVoice && AUTHOR_KEYS.test(seg.key ?? '');
  }
  /** In a review or comment by a member of the public, quoted for context. */
  get publicVoice(): boolean {
    return this.post.ctx.sentences.some((s) => s.segment === this.hit.segment && s.public);
  }
  get siteCareCue(): string | undefined {
    const s = this.sentence;
    return s && particularPatient(s, this.post.namesPatient(this.sentenceIdx))?.word;
  }
  get patientCue(): string | undefined { return this.sentence && aboutPatient(this.sentence)?.word; }
  get storyCue(): string | undefined {
    const { storyIndex } = this.post;
    return storyIndex >= 0 && this.tiedToStory() ? aboutPatient(this.post.view(storyIndex))!.word : undefined;
  }
  /** The category of a direct identifier (SSN, record number, date of birth) found in the same sentence. */
  get directBeside(): string | undefined {
    const k = this.sentenceIdx;
    if (k < 0) return undefined;
    const s = this.post.ctx.sentences[k];
    const direct = this.post.hits.find(
      (h) => h !== this.hit && h.rule.spec.link === 'direct' && !h.rule.inPost && h.segment === s.segment && h.start >= s.start && h.end <= s.end,
    );
    return direct?.rule.spec.category;
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
    // A name is the story's person, unless the post uses it as a place or an organisation ("2024 at Harborview").
    if ((this.category === 'name' && this.kind !== 'place') || s.personal || this.post.namesPatient(k)) return true;
    if (TITLE_KINDS.has(this.post.ctx.segments[this.hit.segment].kind)) return true;
    const { sentences } = this.post.ctx;
    return [k - 1, k + 1].some((n) => n >= 0 && n < sentences.length && sentences[n].segment === s.segment && aboutPatient(this.post.view(n)) !== undefined);
  }
}
