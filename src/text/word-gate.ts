/**
 * Word gates: a word every match of a word-list regex must hold, one per
 * phrase, so that a text holding none of them is answered without running
 * (or, in a short run, compiling) the regex. All gates share one dictionary
 * (word -> the gates it opens), so one pass over a text's words, with no
 * string made for words no gate holds, says which gates it opens.
 *
 * Exact for regexes built by `wordsRegex`, or holding one whole: a match
 * starts and ends at a letter/digit boundary, and inside a phrase a word is
 * bounded by the phrase's own ASCII punctuation or spaces, so each word of
 * the phrase is a whole word (a maximal run of letters and digits) of the
 * text. Words compare as the `iu` flags compare ASCII letters (`ſ` is an
 * `s`, the Kelvin sign a `k`). A phrase with no such ASCII word but a Latin
 * letter outside ASCII ("niño") is opened by any text word outside ASCII; any
 * other opens its gate for every text.
 */
import { wordHash } from './word-codes.js';
import { wordTable } from './word-table.js';

/**
 * Gates that share one dictionary (word -> bit mask of the gates it opens),
 * so that a text's words are read once for all of them.
 */
export class WordGates {
  private readonly dictionary = new Map<string, number>();
  /** The hashes of the dictionary's words: most text words are ruled out without a string. */
  private readonly bloom = new Uint8Array(1 << 16);
  /** Gates opened by any text word outside ASCII. */
  private nonAscii = 0;
  /** Gates open for every text (a phrase without a word to look for). */
  private open = 0;
  private count = 0;
  /** The gates of the last texts asked about (callers ask about one segment's or sentence's text in turn). */
  private readonly recent = new Map<string, number>();

  /** A gate for a list of phrases, by the words `gateWords` chose (at most 31 gates share a dictionary). */
  add(chosen: GateWords): WordGate {
    if (this.count === 31) throw new Error('internal: more than 31 word gates in one dictionary');
    const bit = 1 << this.count++;
    this.recent.clear();
    if (chosen.nonAscii) this.nonAscii |= bit;
    if (chosen.open) this.open |= bit;
    for (const word of chosen.words) {
      this.dictionary.set(word, (this.dictionary.get(word) ?? 0) | bit);
      this.bloom[wordHash(word, 0, word.length)] = 1;
    }
    return new WordGate(this, bit);
  }

  /** The gates `text` opens. */
  opened(text: string): number {
    let mask = this.recent.get(text);
    if (mask === undefined) {
      mask = this.open | gatesOpened(text, this.dictionary, this.bloom, this.nonAscii);
      if (this.recent.size >= 64) this.recent.clear();
      this.recent.set(text, mask);
    }
    return mask;
  }
}

export class WordGate {
  constructor(
    private readonly gates: WordGates,
    private readonly bit: number,
  ) {}

  /** False only when no match is possible in `text`. */
  mayMatch(text: string): boolean {
    return (this.gates.opened(text) & this.bit) !== 0;
  }
}

/** The words that gate a list of phrases: plain data, so the build can prebuild it (lexicons/word-sources.ts). */
export interface GateWords {
  /** One word of each phrase that has a word to look for. */
  words: string[];
  /** Some phrase's words are all outside ASCII ("niño"): any text word outside ASCII opens the gate. */
  nonAscii: boolean;
  /** Some phrase has no word at all: the gate is open for every text. */
  open: boolean;
}

/** `rank`: how common a word is; the rarest word of each phrase is chosen (the longer on a tie). */
export function gateWords(phrases: readonly string[], rank: (word: string) => number): GateWords {
  const ranks = new Map<string, number>();
  const rankOf = (w: string) => ranks.get(w) ?? ranks.set(w, rank(w)).get(w)!;
  const chosen: GateWords = { words: [], nonAscii: false, open: false };
  for (const phrase of phrases) {
    const candidates = phraseWords(phrase);
    if (candidates.length) {
      chosen.words.push(candidates.reduce((a, b) => (rankOf(b) < rankOf(a) || (rankOf(b) === rankOf(a) && b.length > a.length) ? b : a)));
    } else if (LATIN_LETTER.test(phrase)) chosen.nonAscii = true;
    else chosen.open = true;
  }
  return chosen;
}

/** A phrase's words that can gate it: ASCII once folded, next to ASCII or caseless punctuation. */
function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!bounded(phrase[m.index - 1]) || !bounded(phrase[m.index + m[0].length])) continue;
    const word = fold(m[0]);
    if (!/[^\x00-\x7f]/.test(word)) out.push(word);
  }
  return out;
}

/**
 * Latin letters outside ASCII (not `ſ`): their case twins are Latin letters
 * outside ASCII too, so a text that matches holds a word outside ASCII.
 */
const LATIN_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017e\u0180-\u024f]/;

/** Marks that never have case: a phrase word next to one is still a whole word of the text. */
const CASELESS = new Set(['\u2018', '\u2019', '\u2013', '\u2014']);
const bounded = (c: string | undefined) => c === undefined || c <= '\x7f' || CASELESS.has(c);

/** ASCII letters lower-cased, and the two letters outside ASCII that the `iu` flags match with ASCII ones. */
const fold = (word: string) => word.replace(/[A-Z\u017f\u212a]/g, (c) => (c === '\u017f' ? 's' : c === '\u212a' ? 'k' : c.toLowerCase()));

/**
 * `fold` of a word the word table hashed (h >= 0: ASCII letters and digits, `ſ`, the Kelvin sign),
 * without a replace callback per word: `toLowerCase` folds all of these but `ſ`.
 */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u017f') ? fold(lower) : lower;
}

/** The gates `text` opens: one lookup per word of its word table (read once for the gates and the phrase lists, text/word-table.ts). */
function gatesOpened(text: string, dictionary: Map<string, number>, bloom: Uint8Array, nonAsciiGates: number): number {
  let mask = 0;
  const { count, words } = wordTable(text);
  for (let k = 0; k < count; k++) {
    const h = words[3 * k + 2];
    if (h < 0) mask |= nonAsciiGates;
    else if (bloom[h]) mask |= dictionary.get(foldWord(text.slice(words[3 * k], words[3 * k + 1]))) ?? 0;
  }
  return mask;
}

/** A cheap test that rules out a regex's matches in a text: a word gate, or a hand-made one (context/injuries.ts). */
export interface Gate {
  mayMatch(text: string): boolean;
}

const gates = new WeakMap<object, Gate>();

/** Says that every match of `re` (a regex, or a matcher of phrases) holds a match of the list `gate` was made from. */
export function gateRegex<T extends object>(re: T, gate: Gate): T {
  gates.set(re, gate);
  return re;
}

/** False only when `re` has a gate and no match of it is possible in `text`. */
export const mayMatch = (re: object, text: string): boolean => gates.get(re)?.mayMatch(text) ?? true;
