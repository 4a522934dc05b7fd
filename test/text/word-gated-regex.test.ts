import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGated } from '../../src/text/word-gated-regex.js';

/** Shaped as describe.ts NOT_ONES_CARE: every alternative opens with (?<![\p{L}]) and a word. */
const CARE_LIKE = /(?:(?<![\p{L}])(?:work|works?|serving|ask)\s+(?:on|for)\s+(?:[\p{L}-]+\s+){0,2}|(?<![\p{L}])(?:kin|(?:learn|learns)(?=\s+(?!to\s)))\s+|(?<![\p{L}])for\s+our\s+)$/iu;

describe('wordGated', () => {
  it('answers as the regex does', () => {
    const gated = wordGated(() => CARE_LIKE);
    for (const text of ['her work on ', 'WORK ON rural ', 'we learn ', 'we learn to ', 'network on ', 'for our ', 'ſerving for x ', 'Kin ', 'kin', '']) {
      expect(gated.test(text)).toBe(CARE_LIKE.test(text));
    }
  });

  it('answers as the regex does on random texts, with the characters Unicode case folding reads differently', () => {
    const pieces = fc.constantFrom('work', 'works', 'serving', 'ſerving', 'aſk', 'ask', 'Kin', 'KIN', 'kin', 'learn', 'learns', 'for', 'our', 'on', 'to', ' ', '  ', '\u00a0', '-', 'x', 'İ', 'é', '5', '\u0345', 'net');
    const gated = wordGated(() => CARE_LIKE);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        return gated.test(text) === CARE_LIKE.test(text);
      }),
      { numRuns: 20000 },
    );
  });

  it('does not compile the regex while the gate stays shut', () => {
    let made = 0;
    const gated = wordGated(() => (made++, CARE_LIKE));
    expect(gated.test('Flu ')).toBe(false);
    expect(made).toBe(1);
  });

  it('always runs a regex it reads no words of, and global ones', () => {
    const plain = /\bwork\s/iu;
    expect(wordGated(() => plain).test('WORK ')).toBe(true);
    const global = /(?<![\p{L}])work\s/giu;
    expect(wordGated(() => global).test('work ')).toBe(true);
    expect(wordGated(() => global).test('nothing')).toBe(false);
  });
});
