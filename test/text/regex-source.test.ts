import { describe, expect, it } from 'vitest';
import { alternativeStarts, classEnd, groupBody, groupEnd, quantifierAt } from '../../src/text/regex-source.js';

describe('regex-source', () => {
  it('finds where classes and groups end, past escapes and nested parts', () => {
    expect(classEnd('[a\\]b]c', 0)).toBe(6);
    expect(groupEnd('(a(?:b|[)])\\))d', 0)).toBe(14);
  });

  it('finds the top-level alternatives only', () => {
    const source = 'a|(?:b|c)|[|]|d';
    expect(alternativeStarts(source, 0, source.length)).toEqual([0, 2, 10, 14]);
  });

  it('finds where a group body starts', () => {
    expect(groupBody('(a)', 0)).toBe(1);
    expect(groupBody('(?:a)', 0)).toBe(3);
    expect(groupBody('(?<name>a)', 0)).toBe(8);
    expect(groupBody('(?<=a)', 0)).toBe(4);
  });

  it('reads quantifiers, lazy ones and a brace that is none', () => {
    expect(quantifierAt('a?', 1)).toEqual({ min: 0, max: 1, end: 2 });
    expect(quantifierAt('a+?', 1)).toEqual({ min: 1, max: Infinity, end: 3 });
    expect(quantifierAt('a{2,5}x', 1)).toEqual({ min: 2, max: 5, end: 6 });
    expect(quantifierAt('a{3}', 1)).toEqual({ min: 3, max: 3, end: 4 });
    expect(quantifierAt('a{1,}', 1)).toEqual({ min: 1, max: Infinity, end: 5 });
    expect(quantifierAt('a{x}', 1)).toEqual({ min: 1, max: 1, end: 1 });
  });
});
