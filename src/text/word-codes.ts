/**
 * Letters and digits by code unit, for scanners that walk a text's words
 * without a regex: ASCII by range, the rest by `\p{L}`/`\p{N}` once per code
 * unit, remembered. A surrogate pair is tested as its code point.
 */
const known = new Uint8Array(0x10000); // 0: not yet known, 1: word, 2: not
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** ASCII letters and digits: 1. */
export const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => +((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)));

/** Whether the character at `i` (a whole code point) is a letter or a digit. */
export function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return false; // a lone low surrogate
  let k = known[c];
  if (!k) known[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** FNV-1a over folded code units, in steps, so a scanner can hash a word as it reads it. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
/** The 16-bit hash the steps lead to. */
export const hashEnd = (h: number) => (h ^ (h >>> 16)) & 0xffff;

/**
 * The 16-bit hash of text[start, end) with ASCII letters folded to lower case
 * and `ſ`, the Kelvin sign folded to `s`, `k`: the same for a word however
 * the `iu` flags would let it be written.
 */
export function wordHash(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = hashStep(h, c >= 0x41 && c <= 0x5a ? c | 0x20 : c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : c);
  }
  return hashEnd(h);
}
