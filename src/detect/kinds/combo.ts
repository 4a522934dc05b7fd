import { type BoundedRegex, boundedRegex, matchSpans, unionSource } from '../../text/leading-boundary.js';
import { wordsRegex } from '../../text/words.js';
import { ageSource } from '../../text/ages.js';
import type { ComboRuleSpec } from '../../model/rule-spec.js';
import { cueLists } from '../../lexicons/cue-lists.js';
import { peopleCues } from '../../lexicons/people-cues.js';
import type { Hit, PostHit } from '../../model/rule.js';
import { partOfStory } from '../../context/post.js';
import { within } from '../../context/people.js';
import type { PostContext, Sentence } from '../../model/post.js';

/** "41-year-old", "41 years old", "aged 41", "age 41". Age and sex alone never single anyone out. */
const AGE = new RegExp(`\\b${ageSource({ weeks: true })}\\b|\\bage[sd]? \\d{1,3}\\b`, 'i');
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
      // A question does not make a described person anyone ("Guess which WKHB morning anchor chipped a tooth?").
      let found: (readonly [number, number])[] | undefined;
      const described = () => (found ??= describedPeople(s.text));
      if (!partOfStory(ctx, s) && !(s.health && !s.public && described().length)) continue;
      const add = (start: number, end: number, evidence: string) =>
        out.push({ segment: s.segment, start: s.start + start, end: s.start + end, evidence });
      for (const { name, re } of details) for (const [a, b] of spans(re, s.text)) add(a, b, `a ${name} detail about a patient`);
      // "Paramedic of the Year" is an award to staff, not what a patient does.
      const roles = [...spans(cueLists().roles, s.text), ...spans(extra, s.text)].filter(([a, b]) => !AWARD.test(s.text.slice(b, b + 20)) && !OURS.test(s.text.slice(Math.max(0, a - 30), a)));
      if (!roles.length) continue;
      // "The Channel 5 evening anchor", "the city councilman", "a bartender at the Anchor Bar": one person, described.
      if (described().length) {
        for (const [a, b] of described()) add(a, b, 'a description that points at one person');
        continue;
      }
      const place = placeIn(s, hits);
      if (place) for (const [a, b] of roles) add(a, b, 'what the person does, together with a place');
      else if (AGE.test(s.text) && !QUESTION.test(s.text)) for (const [a, b] of roles) add(a, b, 'what the person does, together with a specific age');
    }
    return out;
  };
}

function placeIn(s: Sentence, hits: Hit[]): Hit | undefined {
  return hits.find((h) => h.rule.spec.category === 'location' && within(h, s));
}

/** A determiner, up to five words, then a role (cues.yaml, roles): a noun phrase describing someone. */
let rolePhrase: RegExp | undefined;
let staffJobs: Set<string>;
/** What makes such a phrase point at one person: a name or number, a local office, or where they work. */
const NAMED_MODIFIER = /\p{Lu}|\d/u;
/** "our home health nurse": the organisation's own staff, not what a patient does. */
const OURS = /(?<![\p{L}])our\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const AWARD = /^\s+of\s+the\s+(?:year|month|week)(?![\p{L}])/iu;
const AGE_WORDS = new RegExp(ageSource({ weeks: true }), 'giu');
const LOCAL_OFFICE = /(?<![\p{L}])(?:city|county|town|village|state|district)(?![\p{L}])/iu;
const WHERE = /^[\s,]+(?:at|of|from|on|for|in)\s+(?:the\s+)?(?:\p{Lu}|\d)/u;

/**
 * The spans of the phrases in a sentence that describe one particular person
 * by role and a specific modifier: "the Pilot Knob mail carrier", "the Bengals'
 * starting left tackle", "the county judge", "the mayor of Brookhaven", "a
 * line cook at the Blue Heron Diner". A role on its own ("a bartender") is
 * anyone.
 */
export function describedPeople(text: string): (readonly [number, number])[] {
  // Not "our": "our nurse" is the organisation's own; not its staff's jobs ("a former L&D nurse" in a staff spotlight).
  rolePhrase ??= new RegExp(`(?<![\\p{L}])(?:the|a|an|one|which|that|this)\\s+((?:(?!(?:at|of|in|on|for|with|and|or|to|from|who|that|by|is|was|has|had)\\s)[^\\s.!?;:]+\\s+){0,5})(${cueLists().roles.source})`, 'giu');
  staffJobs ??= new Set(peopleCues().lists.staffOccupations.map((w) => w.toLowerCase()));
  const out: (readonly [number, number])[] = [];
  for (const m of text.matchAll(rolePhrase)) {
    const end = m.index! + m[0].length;
    if (staffJobs.has(m[2].toLowerCase())) continue;
    const modifiers = m[1].replace(AGE_WORDS, '');
    if (NAMED_MODIFIER.test(modifiers) || LOCAL_OFFICE.test(modifiers) || WHERE.test(text.slice(end, end + 40))) out.push([m.index!, end]);
  }
  return out;
}
