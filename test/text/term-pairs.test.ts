import { describe, expect, it } from 'vitest';
import { EXACT, FOLDED, TermPairs, phraseHash, secondWordEnd } from '../../src/text/term-pairs.js';

const sets = { exact: ['Heart Team', 'St. Mary clinic', 'MS'], folded: ['heart failure', 'congestive heart failure', 'in situ carcinoma', 'heart', 'niño sano'] };
/** A table built from the first question on (the real one waits for 4,096). */
const built = () => {
  const pairs = new TermPairs(sets);
  for (let i = 0; i <= 4096; i++) pairs.sides('x y', 0, 3, 0);
  return pairs;
};
const ask = (pairs: TermPairs, text: string, sides = EXACT | FOLDED) => pairs.sides(text, 0, text.length, sides);

describe('phraseHash', () => {
  it('reads runs of ASCII whitespace as one space and folds ASCII capitals only when asked', () => {
    const h = phraseHash('heart failure', 0, 13, true);
    expect(phraseHash('Heart \t\n failure', 0, 16, true)).toBe(h);
    expect(phraseHash('HEART FAILURE', 0, 13, true)).toBe(h);
    expect(phraseHash('HEART FAILURE', 0, 13, false)).not.toBe(h);
    expect(phraseHash('xx heart failure yy', 3, 16, true)).toBe(h);
  });

  it('gives no hash to a phrase with a code outside ASCII (its spaces and lower case are not ASCII rules)', () => {
    expect(phraseHash('heart\u00a0failure', 0, 13, true)).toBe(-1);
    expect(phraseHash('ni\u00f1o sano', 0, 9, true)).toBe(-1);
  });
});

describe('secondWordEnd', () => {
  it('ends the second word as findTerms cuts words (joined by dots, apostrophes, hyphens)', () => {
    expect(secondWordEnd('St. Mary clinic')).toBe(8);
    expect(secondWordEnd("T-cell lymphoma, unspecified")).toBe(15);
    expect(secondWordEnd('heart')).toBe(-1);
    expect(secondWordEnd('heart.')).toBe(-1);
  });
});

describe('TermPairs', () => {
  it('rules nothing out before it is built', () => {
    expect(ask(new TermPairs(sets), 'in the')).toBe(EXACT | FOLDED);
  });

  it('keeps each side on which a term is or opens with the two words', () => {
    const pairs = built();
    expect(ask(pairs, 'Heart failure')).toBe(FOLDED);
    expect(ask(pairs, 'heart  FAILURE')).toBe(FOLDED);
    expect(ask(pairs, 'Heart Team')).toBe(EXACT);
    expect(ask(pairs, 'Congestive heart')).toBe(FOLDED);
    expect(ask(pairs, 'St. Mary', EXACT)).toBe(EXACT);
  });

  it('rules out the sides none of whose terms opens with them', () => {
    const pairs = built();
    expect(ask(pairs, 'in the')).toBe(0);
    expect(ask(pairs, 'heart rate')).toBe(0);
    expect(ask(pairs, 'heart team')).toBe(0);
    expect(ask(pairs, 'st. mary', EXACT)).toBe(0);
    expect(ask(pairs, 'Heart failure', EXACT)).toBe(0);
  });

  it('never rules out a phrase outside ASCII', () => {
    const pairs = built();
    expect(ask(pairs, 'ni\u00f1o sano')).toBe(EXACT | FOLDED);
    expect(ask(pairs, 'in\u00a0the')).toBe(EXACT | FOLDED);
  });
});
