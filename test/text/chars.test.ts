import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/text/chars.js';

describe('isSpace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
