import { boundedRegex, matchSpans, unionSource } from '../../text/leading-boundary.js';
import type { RelationshipRuleSpec } from '../../model/rule-spec.js';
import type { Hit, PostHit } from '../../model/rule.js';
import { within } from '../../context/people.js';
import type { PostContext, Sentence } from '../../model/post.js';
import { aboutPatient, afterDecline, declinesToConfirm, OFFER, SECOND_PERSON, withoutThanks } from '../../context/post.js';
import { allMatches } from '../../text/all-matches.js';
import { quickWordBoundaries } from '../../text/word-boundary.js';
import { lazyRegex } from '../../text/lazy-regex.js';

/** Every pattern speaks to "you" (in English or Spanish) or about someone's records. */
const MAY_CONFIRM = new RegExp(quickWordBoundaries(`${SECOND_PERSON.source}|\\b(?:records?|file|chart|his|her|their)\\b`, 'iu'), 'iu');

/** Made on first use: a sentence that passes MAY_CONFIRM needs it (parsing the union costs a one-file start about 1 ms). */
const union = (patterns: string[]) => (patterns.length ? lazyRegex(() => boundedRegex(unionSource(patterns), 'giu')) : undefined);

/**
 * Patient relationship (DESIGN.md, point 5): words that confirm someone is a
 * patient or discuss their care ("we can see you were rescheduled twice").
 * Second-person care phrases ("your visit") and advice count only in replies,
 * where a real person is being answered.
 */
export function compileRelationship(spec: RelationshipRuleSpec) {
  const confirm = union(spec.confirm);
  const inReply = union(spec.inReply);
  return (ctx: PostContext, hits: Hit[]): PostHit[] => {
    const out: PostHit[] = [];
    // Advising a person in a reply discusses their care as much as confirming it does.
    for (const h of hits) {
      if (h.rule.spec.category === 'advice' && ctx.sentences.some((s) => s.reply && within(h, s))) out.push({ segment: h.segment, start: h.start, end: h.end });
    }
    // "We can't look up any visit details here. Please call our clinic and they'll help you": once a reply declines, its next steps confirm nothing.
    const declined = afterDecline(ctx.sentences);
    ctx.sentences.forEach((s, k) => {
      // Every pattern speaks to or about "you"/"your" or quotes records: skip the rest cheaply.
      if (!MAY_CONFIRM.test(s.text)) return;
      // "We can't discuss any individual visit here, but we'd like to refund your visit": declining, it confirms nothing.
      for (const re of s.reply && !declinesToConfirm(s.text) && !declined.has(k) ? [confirm, inReply] : [confirm]) {
        for (const [a, b] of re ? matchSpans(re(), s.text) : []) out.push({ segment: s.segment, start: s.start + a, end: s.start + b });
      }
      const spoken = s.reply && !declined.has(k) ? secondPersonCare(s) : undefined;
      if (spoken) widenOrAdd(out, { segment: s.segment, start: s.start + spoken[0], end: s.start + spoken[1] });
    });
    return out;
  };
}

/** "found your claim" and "your claim ... for the knee MRI" are one finding: the confirmation grows to the care it names. */
function widenOrAdd(out: PostHit[], hit: PostHit): void {
  const met = out.find((h) => h.segment === hit.segment && h.start < hit.end && h.end > hit.start);
  if (!met) out.push(hit);
  else [met.start, met.end] = [Math.min(met.start, hit.start), Math.max(met.end, hit.end)];
}

/** Every second-person word (matchAll copies it, so one object serves every call). */
const SECOND_PERSON_ALL = new RegExp(SECOND_PERSON.source, 'giu');



/** Instructions and conditions in a reply ("book your MRI online", "we'll show you how to use it", "depends on your prescription") confirm nothing. */
const INSTRUCTION = /(?<![\p{L}])(?:(?:book|schedule|make|plan|prepare for|before|request|manage|bring|look at|look over|go over|review|depends on|depending on|based on)\s+your|(?:show|teach|walk)\s+you\s+(?:how|through))(?![\p{L}])/iu;

/**
 * A reply sentence that speaks to the person about their care ("your
 * stitches", "your blood pressure readings at this visit"): the span from the
 * second person to the care word, within the sentence.
 */
function secondPersonCare(s: Sentence): readonly [number, number] | undefined {
  const care = aboutPatient(s) && s.health;
  if (!care || INSTRUCTION.test(s.text) || OFFER.test(s.text)) return undefined;
  let best: [number, number] | undefined;
  for (const m of allMatches(withoutThanks(s.text), SECOND_PERSON_ALL)) {
    const span: [number, number] = [Math.min(m.index!, care.start), Math.max(m.index! + m[0].length, care.start + care.word.length)];
    if (!best || span[1] - span[0] < best[1] - best[0]) best = span;
  }
  return best;
}
