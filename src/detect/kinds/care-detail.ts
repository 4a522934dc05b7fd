import type { CareDetailRuleSpec } from '../../model/rule-spec.js';
import type { PostHit } from '../../model/rule.js';
import type { Cue, PostContext } from '../../model/post.js';
import { aboutPatient, isMetadata } from '../../context/post.js';
import { careTermsFrom } from '../../context/describe.js';
import { cueLists } from '../../lexicons/cue-lists.js';

/** Where a clause ends: a stop, a colon, or a comma or "and" that starts the next clause. */
const CLAUSE_BREAK = /[;:—–]|,\s|\s(?:and|but|then|so|before|after|while|when|where|y|pero)\s/giu;

/** Patient cues that name care itself ("now getting care", "in treatment with us"), not an event ("went home"). */
const IN_CARE = /care|treat|therap|admit|hospitali|rehab|program/i;

/** How far one care detail may reach: past that it reads as a sentence, not a detail. */
const MAX_SPAN = 100;

/**
 * The care detail of one clause, from its first care term to its last:
 * "stabilized him on the field for a possible spinal injury" says what the
 * first word alone ("stabilized") does not. The clause stops at a comma, a
 * colon or a joining word, so "and flew him by helicopter" stays out.
 */
export function careClause(text: string, first: Cue): Cue {
  const from = first.start + first.word.length;
  CLAUSE_BREAK.lastIndex = from;
  const end = Math.min(CLAUSE_BREAK.exec(text)?.index ?? text.length, first.start + MAX_SPAN);
  let last = from;
  for (const t of careTermsFrom(text, from, cueLists())) {
    if (t.start + t.word.length > end) break;
    last = t.start + t.word.length;
  }
  return { word: text.slice(first.start, last), start: first.start };
}

/**
 * The care detail of a patient's story (DESIGN.md, points 3 and 5): the
 * condition, injury or treatment a sentence tells of one person ("was treated
 * for smoke inhalation", "while his daughter got her infusion"). It points the
 * writer at what, next to the name, makes the post PHI. Replies have their own
 * findings (relationship.ts), and decide() keeps these only in a post that has
 * an error: a care detail on its own identifies no one.
 */
export function compileCareDetail(_spec: CareDetailRuleSpec) {
  return (ctx: PostContext): PostHit[] => {
    const out: PostHit[] = [];
    for (const s of ctx.sentences) {
      if (s.reply || s.public || isMetadata(ctx.segments[s.segment])) continue;
      // With no care term, the words that put a person in care are the detail: "he ... is now getting care with us".
      const detail = s.health ?? (s.personal && s.patient && IN_CARE.test(s.patient.word) ? s.patient : undefined);
      if (!detail || (aboutPatient(s) !== s.health && !s.patient)) continue;
      const care = careClause(s.text, detail);
      out.push({ segment: s.segment, start: s.start + care.start, end: s.start + care.start + care.word.length });
    }
    return out;
  };
}
