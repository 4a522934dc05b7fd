import { describe, expect, it } from 'vitest';
import { sameUnderIu } from '../../src/text/iu-fold.js';

const code = (c: string) => c.charCodeAt(0);

describe('sameUnderIu', () => {
  it('compares as a regex with the iu flags does', () => {
    expect(sameUnderIu(code('é'), code('É'))).toBe(true);
    expect(sameUnderIu(code('k'), 0x212a)).toBe(true);
    expect(sameUnderIu(code('s'), code('ſ'))).toBe(true);
    expect(sameUnderIu(code('ι'), 0x345)).toBe(true);
    expect(sameUnderIu(code('a'), code('b'))).toBe(false);
    expect(sameUnderIu(code(']'), code('^'))).toBe(false);
    expect(sameUnderIu(0xd835, 0xdc00)).toBe(false);
  });
});
