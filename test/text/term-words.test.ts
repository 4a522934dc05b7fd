import { describe, expect, it } from 'vitest';
import { nextWord, scanWord, wordEnd } from '../../src/text/term-words.js';

describe('scanWord', () => {
  it('reads letters and digits joined by single joiners', () => {
    for (const [text, word] of [["Mary's x", "Mary's"], ['AT&T.', 'AT&T'], ['St. Mary', 'St'], ['T-cell--x', 'T-cell'], ['Zoë’s', 'Zoë’s']]) {
      expect(text.slice(0, scanWord(text, 0).end)).toBe(word);
      expect(wordEnd(text, 0)).toBe(scanWord(text, 0).end);
    }
  });

  it('returns the hashes of the word it read: the same lower-cased for any case, none outside ASCII', () => {
    const [a, b, c] = ['Heart', 'heart', 'HEART'].map((w) => scanWord(w, 0));
    expect(a.foldedHash).toBe(b.foldedHash);
    expect(c.foldedHash).toBe(b.foldedHash);
    expect(a.exactHash).not.toBe(b.exactHash);
    expect(b.exactHash).toBe(b.foldedHash);
    expect(scanWord('Zoë', 0)).toMatchObject({ exactHash: -1, foldedHash: -1 });
    // Each call answers for its own word: nothing is left over from the one before.
    expect(scanWord('heart', 0)).toEqual(b);
  });

  it('finds the next word after spaces and punctuation', () => {
    expect(nextWord('  , éclair', 0)).toBe(4);
    expect(nextWord(' !?', 0)).toBe(-1);
  });
});
