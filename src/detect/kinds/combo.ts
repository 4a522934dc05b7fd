import { type BoundedRegex, boundedRegex, matchSpans, unionSource } from '../../text/leading-boundary.js';
import { wordsRegex } from '../../text/words.js';
import type { ComboRuleSpec } from '../../model/rule-spec.js';
import { cueLists } from '../../lexicons/cue-lists.js';
import type { Hit, PostHit } from '../../model/rule.js';
import { partOfStory } from '../../context/post.js';
import type { PostContext, Sentence } from '../../model/post.js';

/** "41-year-old", "41 years old", "aged 41", "age 41". Age and sex alone never single anyone out. */
const AGE = /\b\d{1,3}[- ](?:years?|yrs?|months?|weeks?)[- ]old\b|\bage[sd]? \d{1,3}\b/i;
const QUESTION = /^\s*(?:what|how|which|when|why|should|is|are|can|could|does|do|would|will)\b|\?\s*$/i;

/** Spans of every match of a global regex. */
const spans = (re: RegExp | BoundedRegex | undefined, text: string): (readonly [number, number])[] =>
  !re ? [] : re instanceof RegExp ? [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length] as const) : matchSpans(re, text);

/**
 * Quasi-identifiers (DESIGN.md, point 4): in a patient story, a detail that
 * singles the person out — a first or superlative, a notable event, a public
 * role — or what the person does (an occupation, a school) together with a
 * specific age or a place. The finding sits on the detail. A general
 * question ("How is asthma treated in a 50-year-old teacher?") describes no
 * one in particular, so age with an occupation does not count there.
 */
export function compileCombo(spec: ComboRuleSpec) {
  const details = Object.entries(spec.details).map(([name, patterns]) => ({
    name,
    re: boundedRegex(unionSource(patterns), 'giu'),
  }));
  const extra = spec.withAge.length ? wordsRegex(spec.withAge, 'gi') : undefined;
  return (ctx: PostContext, hits: Hit[]): PostHit[] => {
    const out: PostHit[] = [];
    for (const s of ctx.sentences) {
      if (!partOfStory(ctx, s)) continue;
      const add = (start: number, end: number, evidence: string) =>
        out.push({ segment: s.segment, start: s.start + start, end: s.start + end, evidence });
      for (const { name, re } of details) for (const [a, b] of spans(re, s.text)) add(a, b, `a ${name} detail about a patient`);
      const roles = [...spans(cueLists().roles, s.text), ...spans(extra, s.text)];
      if (!roles.length) continue;
      const place = placeIn(s, hits);
      if (place) for (const [a, b] of roles) add(a, b, 'what the person does, together with a place');
      else if (AGE.test(s.text) && !QUESTION.test(s.text)) for (const [a, b] of roles) add(a, b, 'what the person does, together with a specific age');
    }
    return out;
  };
}

function placeIn(s: Sentence, hits: Hit[]): Hit | undefined {
  return hits.find((h) => h.segment === s.segment && h.start >= s.start && h.end <= s.end && h.rule.spec.category === 'location');
}
