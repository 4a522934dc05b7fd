import { peopleCues } from '../../lexicons/people-cues.js';
import { STATE_NAMES } from '../../lexicons/states.js';
import { COMMON, foldWord, isCommon, placePopulation, wordStats, type WordStats } from '../../lexicons/stats.js';
import type { Token } from '../../text/tokens.js';

/**
 * Runs of capitalised words ("Mrs. Adeline Fournier", "R. Castillo") and
 * what the word tables say about each word. A run is what the name
 * detector judges; this module only shapes it.
 */
export interface Run {
  /** Name words left after titles and leading common words are peeled off. */
  words: Token[];
  /** The whole run as found, titles included. */
  all: Token[];
  /** Index in the token list of the run's first token, titles included. */
  first: number;
  titled: boolean;
  staff: boolean;
  org: boolean;
}


const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'st']);
const TITLE_DOT = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'rev', 'sgt', 'lt', 'gov', 'sen', 'rep', 'st']);

const statsCache = new Map<string, WordStats>();

/** Table stats of a word; a hyphenated word not in the tables is judged by its parts ("Hyun-woo"). */
export function statsOf(word: string): WordStats {
  let s = statsCache.get(word);
  if (s) return s;
  s = wordStats(word);
  if (!s.first && !s.sur && !s.common && /[-]/.test(word)) {
    const parts = word.split('-').map(wordStats);
    s = {
      first: parts[0].first,
      sur: parts[parts.length - 1].sur,
      common: parts.every((p) => p.common >= COMMON) ? Math.min(...parts.map((p) => p.common)) : 0,
    };
  }
  if (statsCache.size > 50_000) statsCache.clear();
  statsCache.set(word, s);
  return s;
}

export const isUnknown = (s: WordStats) => !s.first && !s.sur && !s.common;

/** Whether token b continues the run that token a is in. */
function joins(text: string, a: Token, b: Token): boolean {
  if (a.possessive || !(b.cap || b.initial)) return false;
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  const dotted = a.initial || TITLE_DOT.has(a.text.toLowerCase());
  return dotted && /^\. ?$/.test(gap);
}

/** Splits tokens into runs of capitalised words, allowing particles inside ("Maria de la Cruz"). */
export function runsOf(text: string, toks: Token[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap && !toks[i].initial) continue;
    const run = [toks[i]];
    let j = i;
    while (j + 1 < toks.length && run.length < 7) {
      const next = toks[j + 1];
      if (joins(text, toks[j], next)) {
        run.push(next);
        j++;
        continue;
      }
      // Particles ("de la", "van der") are kept inside the span, not judged as words.
      let k = j + 1;
      while (k < toks.length && k - j <= 2 && PARTICLES.has(toks[k].text) && text.slice(toks[k - 1].end, toks[k].start) === ' ') k++;
      if (k === j + 1 || k >= toks.length || !joins(text, toks[k - 1], toks[k])) break;
      j = k - 1;
    }
    runs.push(shape(run, i));
    i = j;
  }
  return runs;
}

/** "QuickCare", "PetVet", "MedSpa": a brand run together from a word and an organisation word ("care", "vet"). */
const CAMEL = /^\p{Lu}\p{Ll}{2,}(\p{Lu}\p{Ll}+)$/u;
function brandOfOrg(word: string): boolean {
  const m = CAMEL.exec(word);
  return m !== null && peopleCues().orgWords.has(m[1].toLowerCase());
}

/** Peels titles and leading common words, trims trailing ones, and marks organisations. */
function shape(run: Token[], first: number): Run {
  const cues = peopleCues();
  let titled = false;
  let staff = false;
  // Each word folded once (the tests below ask about a word up to four times); words run[a..b) are left.
  const folded = run.map((t) => foldWord(t.text));
  let a = 0;
  let b = run.length;
  const org = run.some((t, i) => cues.orgWords.has(folded[i]) || brandOfOrg(t.text)) && !givenNameAndSurname(run);
  while (a < b && !run[a].initial) {
    const w = folded[a];
    const s = statsOf(run[a].text);
    const n = b - a;
    if (cues.staffTitles.has(w) || (cues.capitalTitles.has(w) && n > 1)) staff = true;
    else if (cues.personTitles.has(w) && n > 1) titled = true;
    else if (monthAsFirstName(run, a, b)) break;
    // "La Dra. Kim", "el Dr. Ruiz": a Spanish article before a title.
    else if ((w === 'la' || w === 'el') && n > 2 && (cues.staffTitles.has(folded[a + 1]) || cues.personTitles.has(folded[a + 1]))) {
      /* the article */
    }
    else if (isStopWord(w) || (n > 1 && ((isCommon(s) && !s.first) || cues.personBeforeWords.has(w) || sentenceVerb(run[a], s, run[a + 1])))) {
      /* a leading common word: "Meet", "Huge", "Nursing" */
    } else break;
    a++;
  }
  while (b - a > 1) {
    const last = run[b - 1];
    if (last.initial) break;
    const s = statsOf(last.text);
    if (!isStopWord(folded[b - 1]) && !(isCommon(s) && !s.sur && !s.first)) break;
    b--;
  }
  if (b - a === 1 && isStopWord(folded[a])) b = a;
  return { words: run.slice(a, b), all: run, first, titled, staff, org };
}

/**
 * "Denise Park", "Mary Hall": a common given name that is almost never a surname, then a place word that is a
 * common surname, is a person (not "Lincoln Park", "Grant Park", "Willow Lane" or "Church Street").
 */
function givenNameAndSurname(words: Token[]): boolean {
  if (words.length !== 2 || words[0].initial || !SURNAME_PLACE_WORDS.has(foldWord(words[1].text))) return false;
  const given = statsOf(words[0].text);
  // A very common given name ("Willow Lane", "Willow Park" stay places), rarely a surname, and no town's name.
  return given.first >= 100_000 && given.sur * 50 < given.first && placePopulation(words[0].text) === 0;
}
/** Place words that are common surnames too (not street words: "Lane", "Way", "Street" name streets). */
const SURNAME_PLACE_WORDS = new Set(['park', 'hall', 'wood', 'woods', 'house', 'church']);

/** "June Halvorsen", "April Okafor": a month that is a first name, before a surname that is no everyday word (not "June Showers"); the run's words a..b. */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
function monthAsFirstName(run: Token[], a: number, b: number): boolean {
  if (b - a < 2 || run[a].initial || run[a + 1].initial || !MONTHS.has(foldWord(run[a].text))) return false;
  const next = statsOf(run[a + 1].text);
  return statsOf(run[a].text).first >= 1000 && !isStopWord(foldWord(run[a + 1].text)) && !isCommon(next) && (next.sur >= 1000 || isUnknown(next));
}

/** A common word opening a sentence before a first name ("Read Hannah's story"), but not "Will Smith". */
function sentenceVerb(t: Token, s: WordStats, next: Token): boolean {
  if (!t.sentenceStart || !isCommon(s)) return false;
  const n = statsOf(next.text);
  return n.first >= 200 && !isCommon(n) && n.first * 10 >= n.sur;
}

/** Months, weekdays, holidays and the like, also in the plural ("Tuesdays"). */
export function isStopWord(folded: string): boolean {
  const stop = peopleCues().stopWords;
  return stop.has(folded) || (folded.endsWith('s') && stop.has(folded.slice(0, -1)));
}

/**
 * A run that names a place, not a person: it holds a state or country ("Special Olympics Ohio"),
 * or two or more of its words are a known US place ("Cedar Ridge", "The New York Times").
 */
export function isPlaceRun(text: string, all: Token[]): boolean {
  const cues = peopleCues();
  const isPlace = (t: Token) => STATE_NAMES.has(t.text) || cues.countries.has(t.text);
  if (all.some(isPlace) && !firstNameOfPlace(all, isPlace)) return true;
  for (let i = 0; i < all.length - 1; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (placePopulation(text.slice(all[i].start, all[j].end)) > 0) return true;
    }
  }
  return false;
}

/**
 * "Jordan Pike", "Georgia Whitfield": a state or country that is also a
 * common first name, followed by a word that is mostly a surname, is a person.
 * "Virginia Mason" (Mason is mostly a first name) and "Georgia Power" (an
 * everyday word) stay places.
 */
function firstNameOfPlace(all: Token[], isPlace: (t: Token) => boolean): boolean {
  if (all.length !== 2 || !isPlace(all[0]) || isPlace(all[1])) return false;
  const given = statsOf(all[0].text);
  const family = statsOf(all[1].text);
  return given.first >= 20_000 && family.sur >= 5_000 && family.sur > family.first && !isCommon(family);
}
