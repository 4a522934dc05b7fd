import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTermStart, startFilter } from '../../src/text/term-starts.js';
import { nextWord, wordEnd, wordStartsAt } from '../../src/text/term-words.js';
import { buildSets, findTerms } from '../../src/text/terms.js';

const FACILITIES = ['Mass General', 'St. Mary’s Hospital', 'NYU Langone', '60th Medical Group', 'Île-de-France Clinic', '𝐀cme Care', 'Cedars-Sinai'];
const exactOnly = buildSets(FACILITIES, true);
// One lower-case term (never in the texts below) turns the filter off: the plain word-by-word scan.
const plain = buildSets([...FACILITIES, 'qqqzz'], undefined);

const words = fc.constantFrom('Mass', 'mass', 'General', 'St.', 'Mary’s', 'Hospital', 'NYU', 'Langone', '60th', 'Medical', 'Group', 'Île-de-France', 'Clinic', '𝐀cme', 'Care', 'Cedars-Sinai', 'Cedars', 'Sinai', 'x', 'é', '😀', '_', '—', '-', '.', "'", '&', '9');
const gaps = fc.constantFrom(' ', '', '  ', ', ', '\n', '—', '_', '-', '.');
const texts = fc.array(fc.tuple(words, gaps), { maxLength: 14 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('startFilter', () => {
  it('is made for sets matched exactly, not for sets with terms in any case', () => {
    expect(startFilter(exactOnly)?.codes['M'.charCodeAt(0)]).toBe(1);
    expect(startFilter(exactOnly)?.codes['m'.charCodeAt(0)]).toBe(0);
    expect(startFilter(plain)).toBeUndefined();
  });

  it('finds the same terms as looking up every word', () => {
    expect(findTerms('At Mass General and mass General', exactOnly)).toEqual([{ start: 3, end: 15 }]);
    fc.assert(
      fc.property(texts, (text) => {
        expect(findTerms(text, exactOnly)).toEqual(findTerms(text, plain));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordStartsAt', () => {
  it('agrees with the words nextWord and wordEnd read', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const starts: number[] = [];
        for (let i = nextWord(text, 0); i >= 0; i = nextWord(text, wordEnd(text, i))) starts.push(i);
        const all = Array.from({ length: text.length }, (_, i) => i).filter((i) => wordStartsAt(text, i));
        expect(all).toEqual(starts);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('nextTermStart', () => {
  it('skips words no term starts with, and ones other words continue', () => {
    const filter = startFilter(exactOnly);
    const text = 'see the_Mass x-Mass —NYU';
    expect(nextTermStart(text, 0, filter)).toBe(text.indexOf('Mass'));
    expect(nextTermStart(text, text.indexOf('x-'), filter)).toBe(text.indexOf('NYU'));
    expect(nextTermStart('Mass', 0, filter)).toBe(0);
    expect(nextTermStart('mass', 0, filter)).toBe(-1);
  });
});
