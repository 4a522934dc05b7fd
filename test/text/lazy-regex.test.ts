import { describe, expect, it } from 'vitest';
import { lazyRegex } from '../../src/text/lazy-regex.js';

describe('lazyRegex', () => {
  it('makes the regex once, on first use, and hands out the same one after', () => {
    let made = 0;
    const re = lazyRegex(() => (made++, /\p{Lu}\p{Ll}+/gu));
    expect(made).toBe(0);
    const first = re();
    expect(made).toBe(1);
    expect(re()).toBe(first);
    expect('Ana and Bo'.match(re())).toEqual(['Ana', 'Bo']);
    expect(made).toBe(1);
  });
});
