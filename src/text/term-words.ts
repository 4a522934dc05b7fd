/**
 * The words term lookup (terms.ts) reads: runs of letters and digits joined
 * by single apostrophes, hyphens, dots or ampersands ("St. Mary's",
 * "T-cell", "AT&T"). Every word of every post passes through scanWord, so
 * these loops test characters by code, calling a regex only outside ASCII.
 */

/** Size of the first-word bit tables: scanWord's hashes fall in [0, BLOOM_BITS). */
export const BLOOM_BITS = 1 << 16;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** ASCII letter or digit. */
const asciiWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** Width (1 or 2 code units) of the letter or digit at `i`, or 0: the word's character class, without a regex call for ASCII. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return asciiWordChar(c) ? 1 : 0;
  if (c !== c) return 0; // past the end
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
}

/** ' ’ - . & */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x26;

/** A word read by scanWord: where it ends, and its hashes as written and lower-cased (-1 when it has non-ASCII characters). */
export interface ScannedWord {
  end: number;
  exactHash: number;
  foldedHash: number;
}

/**
 * The word starting at `i` (a letter or digit), hashed on the way. The
 * loop is written out (no helper closure) because every word of every post
 * passes through it.
 */
export function scanWord(text: string, i: number): ScannedWord {
  let exact = 0;
  let folded = 0;
  let ascii = true;
  for (;;) {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!asciiWordChar(c)) break;
        exact = (Math.imul(exact, 31) + c) | 0;
        folded = (Math.imul(folded, 31) + (c <= 0x5a && c >= 0x41 ? c | 0x20 : c)) | 0;
        i++;
      } else {
        const w = wordChar(text, i);
        if (!w) break;
        ascii = false;
        i += w;
      }
    }
    const j = text.charCodeAt(i);
    if (!isJoiner(j) || !wordChar(text, i + 1)) break;
    if (j >= 0x80) ascii = false;
    exact = (Math.imul(exact, 31) + j) | 0;
    folded = (Math.imul(folded, 31) + j) | 0;
    i++;
  }
  return { end: i, exactHash: ascii ? exact & (BLOOM_BITS - 1) : -1, foldedHash: ascii ? folded & (BLOOM_BITS - 1) : -1 };
}

/** End of the word at `i`, without hashing (later words of a phrase). */
export function wordEnd(text: string, i: number): number {
  for (let w; (w = wordChar(text, i)); ) i += w;
  while (isJoiner(text.charCodeAt(i)) && wordChar(text, i + 1)) for (let w = 1; w; w = wordChar(text, i)) i += w;
  return i;
}

/** Start of the next word at or after `i`, or -1. */
export function nextWord(text: string, i: number): number {
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? asciiWordChar(c) : wordChar(text, i)) return i;
  }
  return -1;
}

/** Whether the code point ending just before `i` is a letter or digit (a surrogate pair read whole). */
function wordCharBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return wordChar(text, i - 2) === 2;
  }
  return i >= 1 && wordChar(text, i - 1) === 1;
}

/**
 * Whether a word of nextWord/scanWord starts at `i`: a letter or digit that
 * no word before continues (no letter or digit before it, nor a joiner after one).
 */
export function wordStartsAt(text: string, i: number): boolean {
  if (!wordChar(text, i)) return false;
  if (wordCharBefore(text, i)) return false;
  return !(i >= 1 && isJoiner(text.charCodeAt(i - 1)) && wordCharBefore(text, i - 1));
}
