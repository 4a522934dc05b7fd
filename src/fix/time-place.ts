import { STATES } from '../lexicons/states.js';
import { removal } from './removal.js';
import { after, before, capitalise, inPlace, opensSentence, type Rewrite, type Site } from './site.js';

/** Rewrites of when and where: a date keeps its year at most, a place its state at most. */

const YEAR = /\b(?:19|20)\d{2}\b/;
const PREPOSITION = /\b(on|in|at|during|by|last|this|next|since|from|until|till|el|en)[ \t]+$/i;

/** A date -> "in 2025" (the year alone) or "recently"; the preposition before it goes too ("admitted on March 14" -> "admitted recently"). */
export function rewriteDate(s: Site): Rewrite {
  const year = YEAR.exec(s.finding.text)?.[0];
  const prep = PREPOSITION.exec(before(s));
  const word = prep?.[1].toLowerCase();
  if (year) {
    // "since March 3, 2024" -> "since 2024"; "on March 3, 2024" -> "in 2024".
    const keepsPrep = word === 'since' || word === 'from' || word === 'until' || word === 'till' || word === 'by';
    if (prep && !keepsPrep) return { offset: s.finding.offset - prep[0].length, endOffset: s.finding.endOffset, text: cased(s, s.finding.offset - prep[0].length, 'in ' + year) };
    return inPlace(s, year);
  }
  const offset = prep ? s.finding.offset - prep[0].length : s.finding.offset;
  const words = word === 'since' ? 'for some time' : word === 'until' || word === 'till' ? 'for a while' : 'recently';
  // "recently, she ..." keeps the comma the date had; "on 3/14 at 2 pm" leaves the time to its own finding.
  return { offset, endOffset: s.finding.endOffset, text: cased(s, offset, words) };
}

const cased = (s: Site, at: number, text: string) => (opensSentence(s, at) ? capitalise(text) : text);

/** The state written right after a town ("Fairview, TX", "Fairview, Texas"), with its length. */
function stateAfter(s: Site): { state: string; length: number } | undefined {
  const m = /^,?[ \t]+([A-Z]{2}\b|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)/.exec(after(s));
  if (!m) return undefined;
  const state = STATES[m[1]] ?? Object.values(STATES).find((name) => name === m[1]);
  return state ? { state, length: m[0].length } : undefined;
}

const ARTICLE = /\b(a|an|the)[ \t]+$/i;
/** Words after a place that show it is not describing a noun ("the Kettle River after ..."). */
const FUNCTION_WORD = /^[ \t]+(?:after|and|or|in|on|at|to|with|for|who|which|that|was|is|were|are|when|where|since|during|before|by|from|of|as|but|so|because|while|until|last|this|next)\b/;
const PLACE_PREP = /\b(?:in|from|near|to|of|at|outside|around|across|en|de)[ \t]+$/i;

/** A town -> its state when the post names it, "a nearby town" after a preposition, "local" when it describes someone ("a Fairview mom"). */
export function rewriteTown(s: Site): Rewrite {
  const state = stateAfter(s);
  if (state) return { offset: s.finding.offset, endOffset: s.finding.endOffset + state.length, text: state.state };
  const article = ARTICLE.exec(before(s));
  if (article && /^[ \t]+[a-z]/.test(after(s)) && !FUNCTION_WORD.test(after(s))) {
    const offset = s.finding.offset - article[0].length;
    return { offset, endOffset: s.finding.endOffset, text: cased(s, offset, 'a local') };
  }
  if (article) return { offset: s.finding.offset - article[0].length, endOffset: s.finding.endOffset, text: cased(s, s.finding.offset - article[0].length, 'a nearby place') };
  if (PLACE_PREP.test(before(s))) return inPlace(s, 'a nearby town');
  return inPlace(s, cased(s, s.finding.offset, 'a nearby town'));
}

/** Kinds of site a facility's name ends with, and the generic words for it. */
const SITE_KINDS: [RegExp, string][] = [
  [/\b(?:hospital|medical center|medical centre|health system)\b/i, 'the hospital'],
  [/\b(?:clinic|practice|urgent care|health center|health centre)\b/i, 'the clinic'],
  [/\b(?:nursing home|care home|assisted living|senior living|rehab|rehabilitation)\b/i, 'the care home'],
  [/\b(?:school|academy|university|college|high|elementary|middle)\b/i, 'a local school'],
  [/\b(?:church|temple|mosque|synagogue)\b/i, 'a local congregation'],
];

/** A facility, school or workplace -> "the hospital", "a local school", "a local employer". */
export function rewriteSite(s: Site): Rewrite {
  const kind = SITE_KINDS.find(([re]) => re.test(s.finding.text))?.[1];
  const words = kind ?? (s.finding.ruleId.endsWith('workplace') ? 'a local employer' : 'a local facility');
  const article = ARTICLE.exec(before(s));
  const offset = article ? s.finding.offset - article[0].length : s.finding.offset;
  return { offset, endOffset: s.finding.endOffset, text: cased(s, offset, words) };
}

/** A room or bed -> "our unit"; a street, ZIP or position -> removed or "a nearby street". */
export function rewriteSpot(s: Site): Rewrite {
  const rule = s.finding.ruleId;
  if (rule.endsWith('room-number')) return rewriteAs(s, 'our unit');
  if (rule.endsWith('street-address') || rule.endsWith('street-name')) return rewriteAs(s, 'a nearby street');
  if (rule.endsWith('county')) return rewriteAs(s, 'the area');
  return removal(s, s.finding.offset, s.finding.endOffset);
}

function rewriteAs(s: Site, words: string): Rewrite {
  const article = ARTICLE.exec(before(s));
  const offset = article ? s.finding.offset - article[0].length : s.finding.offset;
  return { offset, endOffset: s.finding.endOffset, text: cased(s, offset, words) };
}
