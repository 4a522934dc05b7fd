import { lazyRegex } from './lazy-regex.js';

/**
 * The words tokenize() reads, found by character codes instead of the regex
 * `\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*` (flag u), with the same
 * matches: a letter, then letters and combining marks, and inner hyphens and
 * apostrophes each followed by a letter. ASCII is decided by code; other
 * characters by a regex once per code unit (remembered), astral ones each time.
 */
const LETTER = lazyRegex(() => /^\p{L}$/u);
const MARK = lazyRegex(() => /^\p{M}$/u);

/** Per BMP code unit: 0 not looked up yet, 1 letter, 2 mark, 3 neither. */
const KINDS = new Uint8Array(0x10000);

function kindOf(ch: string): number {
  return LETTER().test(ch) ? 1 : MARK().test(ch) ? 2 : 3;
}

/** 1 letter, 2 combining mark, 3 neither, for the code point at `i` (of `width` code units). */
function kindAt(text: string, i: number, c: number): number {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 3;
  if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return kindOf(text.slice(i, i + 2));
  return (KINDS[c] ||= kindOf(String.fromCharCode(c)));
}

/** Code units of the code point at `i`. */
const widthAt = (text: string, i: number, c: number) => ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);

/** ' ’ - */
const isJoiner = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019;

/** Per ASCII code: 1 for a letter. */
const ASCII_LETTER = Uint8Array.from({ length: 0x80 }, (_, c) => +((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));

/** Calls `word(start, end)` for every word of `text`, in order. */
export function eachLetterWord(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII: no call for them.
    if (c < 0x80 ? ASCII_LETTER[c] === 0 : kindAt(text, i, c) !== 1) {
      i += c < 0x80 ? 1 : widthAt(text, i, c);
      continue;
    }
    const start = i;
    i += c < 0x80 ? 1 : widthAt(text, i, c);
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0x80 && ASCII_LETTER[d] === 1) i++;
      else if (kindAt(text, i, d) !== 3) i += widthAt(text, i, d);
      else if (isJoiner(d) && i + 1 < n && kindAt(text, i + 1, text.charCodeAt(i + 1)) === 1) i += 1 + widthAt(text, i + 1, text.charCodeAt(i + 1));
      else break;
    }
    word(start, i);
  }
}
