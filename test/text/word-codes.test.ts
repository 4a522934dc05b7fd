import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashEnd, hashStep, isWordCode, wordHash } from '../../src/text/word-codes.js';

describe('isWordCode', () => {
  it('says letters and digits of any script, a surrogate pair as its code point', () => {
    const yes = ['a', 'Z', '7', 'é', 'ñ', 'ſ', '\u212a', 'я', '٣', '𝐀'];
    const no = [' ', '-', '’', '(', '\u0301', '🐶'];
    for (const c of yes) expect(isWordCode(c, 0), c).toBe(true);
    for (const c of no) expect(isWordCode(c, 0), c).toBe(false);
  });
});

describe('wordHash', () => {
  it('is the same for a word however the iu flags let it be written, and the same as hashing step by step', () => {
    expect(wordHash('SICK', 0, 4)).toBe(wordHash('ſick', 0, 4));
    expect(wordHash('\u212aid', 0, 3)).toBe(wordHash('kid', 0, 3));
    const stepped = [...'kid'].reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_SEED);
    expect(hashEnd(stepped)).toBe(wordHash('a kid', 2, 5));
  });
});
