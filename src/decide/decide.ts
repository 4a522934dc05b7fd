import type { Decision, Hit } from '../model/rule.js';
import type { Severity } from '../model/types.js';
import { aboutPatient, sentenceIndex, withoutSpans } from '../context/post.js';
import type { PostContext, Sentence } from '../model/post.js';
import { isEponym } from '../context/eponym.js';
import { namedPerson } from '../context/named-person.js';
import { particularPatient, residence } from '../context/own-place.js';
import { withoutGenericPatients } from '../context/generic-patients.js';
import { staffRole } from '../context/staff.js';

/** Segments that name or show the subject of the whole post. */
const TITLE_KINDS = new Set(['heading', 'frontmatter', 'image-alt']);

/**
 * Decides each hit's severity from its context (DESIGN.md, decision model):
 * direct identifiers keep their rule severity; person-linked ones are errors
 * only when their sentence, or the patient story the post tells, ties them to
 * a patient; staff and public figures named by title never are.
 */
export function decide(hits: Hit[], ctx: PostContext): Decision[] {
  // A reply that confirms care makes everything personal in it part of that disclosure.
  const careReplies = new Set(hits.filter((h) => h.rule.spec.category === 'patient-relationship').map((h) => h.segment));
  const view = sentenceViews(hits, ctx);
  const storyIndex = ctx.sentences.findIndex((_, k) => aboutPatient(view(k)));
  return hits.map((hit) => {
    const spec = hit.rule.spec;
    if (spec.link === 'direct') return { severity: spec.severity, reason: hit.note };
    const unlinked = (reason: string): Decision => ({ severity: spec.unlinked as Severity | 'off', reason });
    const text = ctx.segments[hit.segment].text;
    if ((spec.category === 'name' || spec.category === 'location') && isEponym(text, hit.start, hit.end)) {
      return { severity: 'off' };
    }
    if (spec.category === 'name') {
      // Staff and public figures named by their title are never errors, and only worth an info.
      const role = staffRole(text, hit.start, hit.end) ?? (hit.note === 'staff' ? 'title or credentials' : undefined);
      if (role) return { severity: 'info', reason: `a staff member or public figure ("${role}")` };
    }
    const k = sentenceIndex(ctx, hit.segment, hit.start);
    const sentence = k >= 0 ? view(k) : undefined;
    if (hit.note === 'site' || (hit.rule.ownPlace?.(text, hit) && !residence(text, hit.start))) {
      // The organisation's own site ("our Chicago clinic"): PHI only as the place one patient was cared for.
      if (careReplies.has(hit.segment)) return { severity: spec.severity, reason: 'in a reply that discusses this person\'s care' };
      const cue = sentence && particularPatient(sentence, namesPatient(hits, ctx.sentences[k], text));
      return cue ? { severity: spec.severity, reason: `where a patient was cared for: "${cue.word}" in the same sentence` } : { severity: 'off' };
    }
    const cue = sentence && aboutPatient(sentence);
    if (cue) return { severity: spec.severity, reason: `about a patient: "${cue.word}" in the same sentence` };
    if (careReplies.has(hit.segment)) return { severity: spec.severity, reason: 'in a reply that discusses this person\'s care' };
    if (storyIndex >= 0 && sentence && tiedToStory(hit, k, sentence, ctx, view, () => namesPatient(hits, ctx.sentences[k], text))) {
      return { severity: spec.severity, reason: `the post is about a patient ("${aboutPatient(view(storyIndex))!.word}")` };
    }
    return unlinked(sentence?.org ? `the organisation's own voice ("${sentence.org.word}")` : 'no patient or health link nearby');
  });
}

/** Whether a patient's name (not a staff member's) is found in the sentence. */
function namesPatient(hits: Hit[], s: Sentence, text: string): boolean {
  return hits.some(
    (h) => h.rule.spec.category === 'name' && h.segment === s.segment && h.start >= s.start && h.end <= s.end &&
      h.note !== 'staff' && !staffRole(text, h.start, h.end),
  );
}

/** Proper names whose words say nothing about care ("Riverbend Family Clinic", "Hope Street"). */
const PROPER_NAMES = new Set(['name', 'location']);

/**
 * Each sentence as read without the names and places found in it (and "patients" that name no one),
 * with a patient's name as its person, built on first use.
 */
function sentenceViews(hits: Hit[], ctx: PostContext): (k: number) => Sentence {
  const cache = new Map<number, Sentence>();
  return (k) => {
    let v = cache.get(k);
    if (!v) {
      const s = ctx.sentences[k];
      const inside = hits.filter((h) => PROPER_NAMES.has(h.rule.spec.category) && h.segment === s.segment && h.start < s.end && h.end > s.start);
      v = withoutGenericPatients(withoutSpans(s, inside));
      const named = namedPerson(v, inside, ctx.segments[s.segment].text);
      if (named) v = { ...v, personal: named };
      cache.set(k, v);
    }
    return v;
  };
}

/**
 * In a patient story, identifiers outside the organisation's own voice
 * belong to the story when they name a person or sit in a sentence that
 * does ("Chinonso Eze, 34, of Riverside"), sit in a title or caption, or
 * sit next to a sentence about the patient.
 */
function tiedToStory(hit: Hit, k: number, s: Sentence, ctx: PostContext, view: (k: number) => Sentence, named: () => boolean): boolean {
  if (s.org) return false;
  if (hit.rule.spec.category === 'name' || s.personal || named()) return true;
  if (TITLE_KINDS.has(ctx.segments[hit.segment].kind)) return true;
  return [k - 1, k + 1].some((n) => n >= 0 && n < ctx.sentences.length && ctx.sentences[n].segment === s.segment && aboutPatient(view(n)) !== undefined);
}
