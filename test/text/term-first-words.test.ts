import { describe, expect, it } from 'vitest';
import { buildSets } from '../../src/text/terms.js';
import { FIRST_PREFIX, FIRST_TERM, firstWordAnswer, firstWordMemo } from '../../src/text/term-first-words.js';

const TERMS = ['heart', 'heart failure', 'MS', 'Heart Team', 'failure to thrive', 'stroke'];

describe('firstWordAnswer', () => {
  it('says whether a word is a term and whether a longer term continues it, on the sides its bits open', () => {
    const sets = buildSets(TERMS, undefined);
    const memo = firstWordMemo(sets);
    expect(firstWordAnswer(memo, 'Heart', sets, true, true)).toBe(FIRST_TERM | FIRST_PREFIX);
    expect(firstWordAnswer(memo, 'failure', sets, false, true)).toBe(FIRST_PREFIX);
    expect(firstWordAnswer(memo, 'stroke', sets, false, true)).toBe(FIRST_TERM);
    expect(firstWordAnswer(memo, 'MS', sets, true, false)).toBe(FIRST_TERM);
    expect(firstWordAnswer(memo, 'ms', sets, false, true)).toBe(0);
  });

  it('expands a word on first sight, so the prefixes its terms need are there for the next words', () => {
    const sets = buildSets(TERMS, undefined);
    expect(sets.foldedPrefixes.has('heart failure')).toBe(false);
    firstWordAnswer(firstWordMemo(sets), 'Heart', sets, true, true);
    expect(sets.foldedPrefixes.has('heart')).toBe(true);
    expect(sets.exactPrefixes.has('Heart')).toBe(true);
  });

  it('answers a word met again from memory, the same as a fresh set does', () => {
    const seen = buildSets(TERMS, undefined);
    const memo = firstWordMemo(seen);
    for (const word of ['heart', 'Heart', 'failure', 'MS', 'x']) firstWordAnswer(memo, word, seen, true, true);
    for (const word of ['heart', 'Heart', 'failure', 'MS', 'x']) {
      const fresh = buildSets(TERMS, undefined);
      expect(firstWordAnswer(memo, word, seen, true, true)).toBe(firstWordAnswer(firstWordMemo(fresh), word, fresh, true, true));
    }
    expect(firstWordMemo(seen)).toBe(memo);
  });
});
