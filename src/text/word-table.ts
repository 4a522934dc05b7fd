import { HASH_SEED, hashEnd, hashStep, isWordCode } from './word-codes.js';

/**
 * The words of a text, read once and shared by every list that looks words
 * up in it (text/phrase-matcher.ts): each maximal run of letters and digits,
 * as three numbers in `words` (word k at 3k): its start, its end, and the
 * 16-bit hash of its folded form (text/word-codes.ts), or -1 for a word with
 * a letter outside ASCII (other than `ſ` and the Kelvin sign, which fold into
 * ASCII).
 */
export interface WordTable {
  count: number;
  words: Int32Array;
}

/**
 * A letter or digit as the boundaries of `wordsRegex` see them: under `iu`
 * their class also holds U+0345, the combining mark that folds into an iota.
 */
export const isWord = (text: string, i: number) => isWordCode(text, i) || text.charCodeAt(i) === 0x345;

/** Code units of the code point at `i`. */
const width = (text: string, i: number) => ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);

/** The tables of the last texts asked about: the cue lists of a segment ask about its text in turn. */
const recent = new Map<string, WordTable>();

export function wordTable(text: string): WordTable {
  let table = recent.get(text);
  if (table) return table;
  table = readWords(text);
  // The oldest goes first: a segment's table outlives the short slices looked at in between.
  if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  recent.set(text, table);
  return table;
}

/** Where words are written as they are read (one typed array made per text, not one per growth). */
let scratch = new Int32Array(3 * 1024);

/**
 * Per ASCII code: 0 for no letter or digit, else the code folded to lower
 * case: one lookup per character answers both questions the loop asks.
 */
const FOLDED = Uint8Array.from({ length: 0x80 }, (_, c) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) ? c : 0));

function readWords(text: string): WordTable {
  const n = text.length;
  let count = 0;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (c < 0x80 ? FOLDED[c] === 0 : !isWord(text, i)) {
      i += c < 0x80 ? 1 : width(text, i);
      continue;
    }
    const start = i;
    let ascii = true;
    let h = HASH_SEED;
    for (;;) {
      if (c < 0x80) {
        const folded = FOLDED[c];
        if (folded === 0) break;
        h = hashStep(h, folded);
        i++;
      } else {
        if (!isWord(text, i)) break;
        if (c === 0x17f || c === 0x212a) h = hashStep(h, c === 0x17f ? 0x73 : 0x6b);
        else ascii = false;
        i += width(text, i);
      }
      if (i >= n) break;
      c = text.charCodeAt(i);
    }
    if (3 * count + 3 > scratch.length) {
      const bigger = new Int32Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[3 * count] = start;
    scratch[3 * count + 1] = i;
    scratch[3 * count + 2] = ascii ? hashEnd(h) : -1;
    count++;
  }
  return { count, words: scratch.slice(0, 3 * count) };
}
