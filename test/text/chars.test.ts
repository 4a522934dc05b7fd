import { describe, expect, it } from 'vitest';
import { hasOddSpace, isSpace } from '../../src/text/chars.js';

describe('isSpace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('hasOddSpace', () => {
  it('agrees with /\\s\\s|[^\\S ]/ on random texts', () => {
    const pool = ['a', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', 'é', '-'];
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let n = k % 7; n > 0; n--) text += pool[(k * 7 + n * 13 + text.length) % pool.length];
      expect(hasOddSpace(text), JSON.stringify(text)).toBe(/\s\s|[^\S ]/.test(text));
    }
  });
});
