import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachLetterWord } from '../../src/text/letter-words.js';

/** What eachLetterWord replaces. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu;
const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index!, m.index! + m[0].length]);
const byCodes = (text: string) => {
  const out: number[][] = [];
  eachLetterWord(text, (start, end) => out.push([start, end]));
  return out;
};

describe('eachLetterWord', () => {
  it('finds the words of the regex it replaces', () => {
    for (const text of ["O'Brien's Mei-Ling, Wiśniewski-Park  e\u0301te\u0301 -x- 'a' ’s’", 'Zoë 𝐀𝐁 ok 𝐀-b ǅx İstanbul', '\ud800a\udc00b \u0301a', ''])
      expect(byCodes(text), text).toEqual(byRegex(text));
  });

  it('agrees with the regex on random texts of letters, marks, joiners, digits and surrogates', () => {
    const pieces = ['a', 'Z', 'é', 'ß', 'İ', 'ǅ', '\u0301', '\u0308', '-', "'", '’', ' ', '.', '1', '𝐀', '\ud800', '\udc00', 'ж', '日', '_', '\n', 'K'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(byCodes(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
