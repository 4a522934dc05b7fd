import { eachLetterWord } from './letter-words.js';
import { isSpace } from './chars.js';

/**
 * Word tokens for the name and place detectors: letters with inner
 * apostrophes and hyphens ("O'Brien", "Mei-Ling"), a possessive split off
 * ("Lindqvist's" names "Lindqvist"), and whether capitalisation says
 * anything (the first word of a sentence is capitalised anyway).
 */
export interface Token {
  text: string;
  start: number;
  /** End of the word without a possessive "'s". */
  end: number;
  /** Starts with a capital and is not all capitals ("Anna", "McKay"; not "ICU"). */
  cap: boolean;
  /** A single capital followed by "." ("S." in "Anna S."). */
  initial: boolean;
  /** First word of a sentence, line or quote: capitalisation is no evidence here (set for capitalised words only). */
  sentenceStart: boolean;
  possessive: boolean;
}

const LOWER = /\p{Ll}/u;
/** Abbreviations whose "." does not end a sentence. */
const ABBREV = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'jr', 'sr', 'prof', 'rev', 'mt', 'ft', 'vs', 'no', 'sgt', 'lt', 'gov', 'sen', 'rep', 'etc', 'ave', 'blvd', 'rd', 'apt', 'ste', 'dept']);

/** An upper-case letter; ASCII without allocating a string. */
function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether the word has a lower-case letter (ASCII words without a regex call). */
function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return LOWER.test(word);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** Tokens of a text; the last text's tokens are kept, as several rules read the same segment in a row. */
let last: { text: string; tokens: Token[] } | undefined;

export function tokenize(text: string): Token[] {
  if (last?.text === text) return last.tokens;
  const out: Token[] = [];
  let prev: Token | undefined;
  eachLetterWord(text, (start, wordEnd) => {
    let word = text.slice(start, wordEnd);
    const n = word.length;
    const possessive = n > 3 && (word[n - 2] === "'" || word[n - 2] === '’') && word[n - 1] === 's';
    if (possessive) word = word.slice(0, -2);
    const upper = isUpper(word, 0);
    const tok: Token = {
      text: word,
      start,
      end: start + word.length,
      cap: upper && (word.length === 1 || hasLower(word)),
      initial: upper && word.length === 1 && text[start + 1] === '.' && !/[\d°]/.test(text[start - 1] ?? ''),
      sentenceStart: false,
      possessive,
    };
    if (upper) tok.sentenceStart = !prev || endsSentence(text.slice(prev.end + (prev.possessive ? 2 : 0), start), prev);
    out.push(tok);
    prev = tok;
  });
  last = { text, tokens: out };
  return out;
}

function endsSentence(gap: string, prev: Token): boolean {
  if (breaksSentence(gap)) return true;
  if (!hasStop(gap)) return false;
  if (gap.trim() === '.' && (prev.initial || ABBREV.has(prev.text.toLowerCase()))) return false;
  return true;
}

/** `/[\n!?"“(#*|•]|[-–—]\s/.test(gap)`, by code (asked between every two words). */
function breaksSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201c || c === 0x28 || c === 0x23 || c === 0x2a || c === 0x7c || c === 0x2022) return true;
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && i + 1 < gap.length && isSpace(gap.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** `/[.:;]/.test(gap)`. */
function hasStop(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x2e || c === 0x3a || c === 0x3b) return true;
  }
  return false;
}
