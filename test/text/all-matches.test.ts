import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/all-matches.js';

const same = (text: string, re: RegExp) => expect(allMatches(text, re).map((m) => [m.index, [...m], m.groups])).toEqual([...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]));

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    for (const text of ['', 'a1 b22 c333', '😀x😀', 'ab\ncd', '#HelloWorld and #FooBar']) {
      same(text, /\d+/g);
      same(text, /(?<w>\p{L}+)/gu);
      same(text, /x*/g);
      same(text, /x*/gu);
      same(text, /#(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)/gu);
    }
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });

  it('lets the caller search with the same regex while reading the matches', () => {
    const re = /\d/g;
    const nested = allMatches('1 2', re).map((m) => allMatches(`${m[0]}${m[0]}`, re).length);
    expect(nested).toEqual([2, 2]);
  });
});
