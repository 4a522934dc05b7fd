import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../src/text/word-table.js';
import { wordHash } from '../../src/text/word-codes.js';

/** The table's words as a regex finds them: runs of letters, digits and U+0345, with their hash or -1. */
function expected(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{N}\u0345]+/gu)].flatMap((m) => {
    const start = m.index!;
    const end = start + m[0].length;
    return [start, end, /[^\x00-\x7f\u017f\u212a]/.test(m[0]) ? -1 : wordHash(text, start, end)];
  });
}

describe('wordTable', () => {
  it('reads each word with its folded hash, and -1 for a word with a letter outside ASCII', () => {
    const t = wordTable('Hi ſam, NIÑO k9\u0345x 𝐀b');
    expect(Array.from(t.words.subarray(0, 3 * t.count))).toEqual(expected('Hi ſam, NIÑO k9\u0345x 𝐀b'));
    expect(t.words[2]).toBe(wordHash('hi', 0, 2));
    expect(t.words[5]).toBe(wordHash('sam', 0, 3));
    expect(t.words[8]).toBe(-1);
  });

  it('finds the words a regex finds', () => {
    const chars = fc.constantFrom('a', 'B', 'ſ', '\u212a', 'é', '1', ' ', '-', '\u0345', '\u0301', '𝐀', '\ud835', '’');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        const t = wordTable(text);
        expect(Array.from(t.words.subarray(0, 3 * t.count))).toEqual(expected(text));
      }),
      { numRuns: 2000 },
    );
  });
});
