import { peopleCues } from '../../lexicons/people-cues.js';
import { STATE_AFTER, STATE_NAMES } from '../../lexicons/states.js';
import { foldWord, placePopulation } from '../../lexicons/stats.js';
import type { PlaceRuleSpec } from '../../model/rule-spec.js';
import type { Match } from '../../model/types.js';
import { statsOf } from './name-runs.js';
import { isCommon } from '../../lexicons/stats.js';
import { tokenize, type Token } from '../../text/tokens.js';
import type { RegexEngine } from '../../text/regex.js';
import { makeFilter } from '../../text/words.js';

/**
 * Cities and towns from the Census places gazetteer (29,000 names). Many
 * place names are also words or names ("Hope", "Jerome", "Whitfield"), so
 * the word tables decide how much evidence a place needs: a preposition
 * ("from Jerome"), a state after it ("Hope, AR"), or none ("Fairview").
 * A place inside an organisation's name ("Northfield Community Hospital")
 * or a person's name ("Harold Pemberton") is not reported.
 */
const MAX_WORDS = 4;
// ", 22, of Ravenna", ", of Ravenna": where a person named just before is from.
const PREPOSITION = /(?:(?:^|[^\p{L}])(?:in|from|near|outside|around|moved to|drove to|native of|resident of|town of|city of|village of)|,\s*(?:\d{1,3},\s*)?of)\s+$/iu;
const DIRECTION = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Greater|Downtown|Upper|Lower|Central|Old)$/;
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|miss|dr|baby)\.?\s+$/iu;
/** Names people write for big cities that the gazetteer does not list that way. */
const CITY_NICKNAMES = new Set(['NYC', 'Philly']);
/** Their first letters: a token starting otherwise is no nickname, and its text need not be hashed (1.8 M tokens a bench run). */
const NICKNAME_STARTS = new Set([...CITY_NICKNAMES].map((n) => n.charCodeAt(0)));
/** A text that can hold a place: a capitalised word or a nickname (all capitals, as "NYC"). */
const MAY_HOLD_PLACE = new RegExp(`\\p{Lu}\\p{Ll}|${[...CITY_NICKNAMES].join('|')}`, 'u');
/** " City" after a state's name ("New York City"), or a state after it ("New York, NY"): the city, not the state. */
const CITY_OF_STATE = /^ City(?![\p{L}])/u;
/** Up to three capitalised words after the place, or one lower-case word ("Riverbend clinic"). */
const NEXT_WORDS = /^\s+(?:(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})|(\p{Ll}+))/u;

/** Tokens `a` and `b` may be words of one place name: one space between them, or a dot and a space ("St. Louis"). */
function placeWordsJoin(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  const c = text.charCodeAt(a.end);
  return (gap === 1 && c === 0x20) || (gap === 2 && c === 0x2e && text.charCodeAt(a.end + 1) === 0x20);
}

/** Words in the longest known place name starting at capitalised token i, or 0. */
function placeAt(text: string, toks: Token[], i: number): number {
  // The capitalised run from i; a possessive ends it ("Austin's" is followed by "'s", not a space).
  let run = 1;
  while (run < MAX_WORDS && i + run < toks.length && toks[i + run].cap && placeWordsJoin(text, toks[i + run - 1], toks[i + run])) run++;
  for (let n = run; n >= 1; n--) if (placePopulation(text.slice(toks[i].start, toks[i + n - 1].end)) > 0) return n;
  return 0;
}

/**
 * Whether a place is reported: true, false, or 'site' for a place named with the kind of site after it
 * in lower case ("our Dallas clinic", "the Chicago office"): the organisation's own location, which is
 * PHI only as the place one patient was cared for (decided in decide/outcomes.ts).
 */
function accepted(text: string, toks: Token[], i: number, n: number): boolean | 'site' {
  const cues = peopleCues();
  const name = text.slice(toks[i].start, toks[i + n - 1].end);
  const before = text.slice(Math.max(0, toks[i].start - 30), toks[i].start);
  let after = text.slice(toks[i + n - 1].end, toks[i + n - 1].end + 40);
  if (STATE_NAMES.has(name)) {
    if (CITY_OF_STATE.test(after)) after = after.slice(5);
    else if (!STATE_AFTER.test(after)) return false;
  }
  // "Jordan, Montana": a country's name with a state after it is a town.
  if ((cues.countries.has(name) && !STATE_AFTER.test(after)) || cues.stopWords.has(foldWord(name))) return false;
  // "Pavilion 3", "Lobby B": a numbered or lettered part of a site, not a town.
  if (/^ (?:\d{1,3}|[A-Z])(?![\p{L}\d])/u.test(after) && !STATE_AFTER.test(after)) return false;
  const words = NEXT_WORDS.exec(after);
  const following = (words?.[1] ?? words?.[2] ?? '').split(/\s+/).filter(Boolean);
  if (following.some((w) => cues.orgWords.has(foldWord(w)))) return words?.[2] ? 'site' : false;
  const next = words?.[1] ? following[0] : undefined;
  if (next && next.length === 1 && after.trimStart()[1] === '.') return false; // "Anna S."
  if (TITLE_BEFORE.test(before)) return false;
  // Part of a longer proper name ("American Red Cross", "Harold Pemberton"), unless a direction ("East Fairview").
  const prev = toks[i - 1];
  if (prev && prev.cap && text.slice(prev.end, toks[i].start) === ' ' && !DIRECTION.test(prev.text)) {
    const p = statsOf(prev.text);
    if (!prev.sentenceStart || (p.first && !isCommon(p))) return false;
  }
  if (next) {
    const s = statsOf(next);
    if ((s.sur || s.first) && !isCommon(s)) return false;
  }
  const stated = STATE_AFTER.test(after);
  if (n > 1 || stated) return true;
  const s = statsOf(name);
  if (isCommon(s)) return /(?:town|city|village) of\s+$/i.test(before);
  // "In Rosa's own words", after "Rosa Delgado, RDH, joined us": a first name the text gives a person is that person.
  if (s.first && s.first >= 200) return PREPOSITION.test(before) && !firstNameOfSomeone(text, name);
  if (s.sur > placePopulation(name)) return PREPOSITION.test(before);
  return true;
}

/** Whether the text writes `name` as someone's first name: followed by a surname in capitals ("Rosa Delgado"). */
function firstNameOfSomeone(text: string, name: string): boolean {
  for (let at = text.indexOf(name + ' '); at >= 0; at = text.indexOf(name + ' ', at + 1)) {
    const next = /^\p{Lu}[\p{Ll}'’-]+/u.exec(text.slice(at + name.length + 1, at + name.length + 30))?.[0];
    if (next && statsOf(next).sur >= 1000 && !isCommon(statsOf(next)) && placePopulation(next) === 0) return true;
  }
  return false;
}

/** "Kettle Ridge (pop. 412)": a town the gazetteer lacks, named with its population. */
const POPULATION_AFTER = /^\s*\(\s*(?:pop\.?|population:?)\s*[\d,]+\s*\)/iu;
function townWithPopulation(text: string, toks: Token[], i: number): number {
  let run = 1;
  while (run < MAX_WORDS && i + run < toks.length && toks[i + run].cap && placeWordsJoin(text, toks[i + run - 1], toks[i + run])) run++;
  const end = toks[i + run - 1].end;
  // "Welcome Kettle Ridge (pop. 412)!": the town starts after an everyday word (the loop tries the next token).
  if (run > 1 && isCommon(statsOf(toks[i].text))) return 0;
  return POPULATION_AFTER.test(text.slice(end, end + 30)) ? run : 0;
}

export function compilePlace(spec: PlaceRuleSpec, engine: RegexEngine): (text: string) => Match[] {
  const accept = makeFilter(spec, engine);
  return (text) => {
    if (!MAY_HOLD_PLACE.test(text)) return [];
    const toks = tokenize(text);
    const out: Match[] = [];
    const withPopulation = /\(\s*pop/iu.test(text);
    for (let i = 0; i < toks.length; i++) {
      const nickname = NICKNAME_STARTS.has(toks[i].text.charCodeAt(0)) && CITY_NICKNAMES.has(toks[i].text);
      if (!toks[i].cap && !nickname) continue;
      const n = nickname ? 1 : placeAt(text, toks, i);
      // "Cedar Gap (pop. 380)": the whole name the population follows, though "Cedar" alone is a known place.
      const counted = withPopulation && toks[i].cap ? townWithPopulation(text, toks, i) : 0;
      if (counted > n) {
        const m = { start: toks[i].start, end: toks[i + counted - 1].end };
        if (accept(text, m)) out.push(m);
        i += counted - 1;
        continue;
      }
      if (!n) continue;
      const end = toks[i + n - 1].end;
      const m = { start: toks[i].start, end: STATE_NAMES.has(text.slice(toks[i].start, end)) && CITY_OF_STATE.test(text.slice(end)) ? end + 5 : end };
      const verdict = accepted(text, toks, i, n);
      if (verdict && accept(text, m)) out.push(verdict === 'site' ? { ...m, ownSite: true } : m);
      i += n - 1;
    }
    return out;
  };
}
