import { trieAlternation } from '../text/word-trie.js';
import { isSpace } from '../text/chars.js';
import { pastCommaAndSpaces, prefixGate } from '../text/prefix-gate.js';
import { readYamlData } from './yaml-data.js';

/** The word lists of data/lexicons/people-cues.yaml, compiled once on first use. */
export interface PeopleCues {
  personTitles: Set<string>;
  staffTitles: Set<string>;
  capitalTitles: Set<string>;
  orgWords: Set<string>;
  stopWords: Set<string>;
  familyWords: Set<string>;
  countries: Set<string>;
  /** Tests the text just before a name: a staff title ("team captain", "speaker:"). */
  staffBefore: EndsWith;
  /** Tests the text just after a name: credentials or a staff role (", RN", ", our head of"). */
  staffAfter: EndsWith;
  /** Tests the text just before a name: a relative, a patient, a greeting ("his wife,", "Hi"). */
  personBefore: EndsWith;
  /** The one-word entries of personBefore, peeled off the front of a run ("Hi Siobhan", "Meet Anna"). */
  personBeforeWords: Set<string>;
  /** The lists as written, for the context model's staff patterns (context/staff.ts) and described people. */
  lists: Readonly<Record<string, readonly string[]>>;
}


/** A credential (group 1) counts only as a credential is written: see `writtenAsCredential`. */
function credentialsOrRole(re: RegExp, mayStart: (text: string, at: number) => boolean): EndsWith {
  return { test: (text) => {
    // The regex opens with `^,?\s*` then one of the phrases: most texts after a name start with none (and then it is not compiled).
    if (!mayStart(text, pastCommaAndSpaces(text))) return false;
    const m = re.exec(text);
    return m !== null && (m[1] === undefined || writtenAsCredential(m[1]));
  } };
}

/**
 * An abbreviated credential is written with two capitals ("RN", "PharmD", "Ph.D."); "Rd", "Ms" and
 * "Do" as written are a street, a title and a word. A credential spelt out ("Paramedic") may be in any case.
 */
export function writtenAsCredential(word: string): boolean {
  return word.replace(/[^\p{L}]/gu, '').length > 5 || /\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(word);
}

/** Whether a text ends with one of the phrases (then optional punctuation): a few Set lookups, not a regex scan. */
export interface EndsWith {
  test(text: string): boolean;
}

const LETTER = /\p{L}/u;

/** `LETTER.test(word[0])`, deciding ASCII by code (the name detector asks for every capitalised word). */
function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(word[0]);
}

/** `/[.!?]$/.test(word)`. */
function endsStop(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/**
 * The last words of a text on its last line, from the end backwards
 * ("his wife, " -> "wife", "his"), after one of the `punctuation` characters.
 */
export function lastWords(text: string, most: number, punctuation = ''): string[] {
  let end = text.length;
  const words: string[] = [];
  const skipSpace = () => {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) if (text[--end] === '\n') return false;
    return true;
  };
  if (!skipSpace()) return words;
  if (end > 0 && punctuation.includes(text[end - 1])) end--;
  while (words.length < most) {
    if (!skipSpace()) break;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.push(text.slice(start, end).toLowerCase());
    end = start;
  }
  return words;
}

/**
 * `dotted`: the phrases are abbreviations that may end in "." ("Dr."); otherwise a final "." ends the sentence.
 * The phrase grows from the last word back only while it ends some phrase of the list (`tails`): most
 * texts stop at their last word, which is then the only word read (the name detector asks twice per run).
 */
function endsWith(phrases: string[], punctuation: string, dotted: boolean): EndsWith {
  const set = new Set(phrases.map((p) => p.toLowerCase()));
  const most = Math.max(...phrases.map((p) => p.split(/\s+/).length));
  const tails = phraseTails(set);
  const endsSome = (phrase: string) => tails.has(phrase) || (phrase.endsWith('.') && tails.has(phrase.slice(0, -1)));
  return {
    test(text) {
      let phrase = '';
      let words = lastWords(text, 1, punctuation);
      for (let k = 0; k < words.length; k++) {
        const word = words[k];
        if (!phrase && endsStop(word) && !(dotted && word.endsWith('.') && word.length <= 5)) return false; // "Dr." but not "director."
        const lead = !startsWithLetter(word); // "(Dr." or "“Hi": punctuation before this word ends the phrase
        phrase = `${lead ? word.replace(/^[^\p{L}]+/u, '') : word}${phrase ? ' ' : ''}${phrase}`;
        if (set.has(phrase) || (phrase.endsWith('.') && set.has(phrase.slice(0, -1)))) return true;
        if (lead || !endsSome(phrase)) return false;
        if (k === 0 && most > 1) words = lastWords(text, most, punctuation); // the same first word, and those before it
      }
      return false;
    },
  };
}

/** Every run of last words of the phrases ("captain", "team captain" of "team captain"), as the test joins words. */
export function phraseTails(phrases: Iterable<string>): Set<string> {
  const tails = new Set<string>();
  for (const p of phrases) {
    const words = p.split(' ');
    for (let i = 0; i < words.length; i++) tails.add(words.slice(i).join(' '));
  }
  return tails;
}

let cues: PeopleCues | undefined;

/** After "joined our": a program, class or group one enrols in as a patient or member ("joined our Healthy Steps program"). */
export const ENROLLED_IN = String.raw`\s+(?:[\p{L}&'’-]+\s+){0,3}(?:program|programme|class|classes|group|groups|study|trial|challenge|plan|support group|clinic|recovery|rehab)(?![\p{L}])`;

/** "joined us 18 months ago after his second overdose": someone who came to the organisation for care, not to work. */
const JOINED_FOR_CARE = /^[^.!?]*?(?:after|following|because of|for|to treat|to work on)\s+(?:his|her|their|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:overdose|relapse|diagnosis|stroke|injury|surgery|addiction|depression|treatment|crisis|accident|heart attack)(?![\p{L}])/iu;
/** The text right after a name says the person joined the organisation for care, not to work. */
export const joinedForCare = (after: string): boolean => /^\s*join(?:ed|s)\s+us/i.test(after) && JOINED_FOR_CARE.test(after);

export function peopleCues(): PeopleCues {
  if (cues) return cues;
  const raw = readYamlData('data/lexicons/people-cues.yaml') as Record<string, string[]>;
  const set = (key: string) => new Set(raw[key].map((w) => w.toLowerCase()));
  cues = {
    personTitles: set('personTitles'),
    staffTitles: set('staffTitles'),
    capitalTitles: set('capitalTitles'),
    orgWords: set('orgWords'),
    stopWords: set('stopWords'),
    familyWords: set('familyWords'),
    countries: new Set(raw.countries),
    staffBefore: endsWith(raw.staffTitles, ':,', true),
    // Abbreviated credentials are written in capitals ("RN", "PharmD"): "do" after a comma is a verb, "Birch Rd" a street.
    staffAfter: credentialsOrRole(new RegExp(`^,?\\s*(?:(${trieAlternation(raw.credentials)})|${trieAlternation(raw.staffAfter)}(?!${ENROLLED_IN}))(?![\\p{L}])`, 'iu'), prefixGate([...raw.credentials, ...raw.staffAfter])),
    personBefore: endsWith(raw.personBefore, ',', false),
    personBeforeWords: new Set(raw.personBefore.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())),
    lists: raw,
  };
  return cues;
}
