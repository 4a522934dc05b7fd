import { describe, expect, it } from 'vitest';
import { mergeOverlaps } from '../../src/model/findings.js';
import { segmentText } from '../../src/formats/index.js';
import type { Finding } from '../../src/model/types.js';

const finding = (offset: number, endOffset: number, severity: Finding['severity'], text: string, ruleId = 'r'): Finding => ({
  ruleId, category: 'name', severity, message: 'm', offset, endOffset, text, line: 0, column: 0, endLine: 0, endColumn: 0,
});

describe('mergeOverlaps', () => {
  const source = 'Our patient Anna Lindqvist here';
  const textAt = (a: number, b: number) => source.slice(a, b);

  it('keeps the most severe finding, widened, with the text of the widened span', () => {
    const merged = mergeOverlaps([finding(12, 16, 'error', 'Anna'), finding(12, 26, 'warning', 'Anna Lindqvist')], textAt);
    expect(merged).toEqual([expect.objectContaining({ offset: 12, endOffset: 26, severity: 'error', text: 'Anna Lindqvist' })]);
  });

  it('leaves the text alone when the kept span already covers both', () => {
    const merged = mergeOverlaps([finding(12, 26, 'error', 'Anna Lindqvist'), finding(17, 26, 'info', 'Lindqvist')], () => 'unused');
    expect(merged[0].text).toBe('Anna Lindqvist');
  });

  it('names every rule that found the span, the reported one first', () => {
    const merged = mergeOverlaps([finding(12, 16, 'warning', 'Anna', 'a'), finding(12, 26, 'error', 'Anna Lindqvist', 'b'), finding(17, 26, 'info', 'Lindqvist', 'c')], textAt);
    expect(merged).toEqual([expect.objectContaining({ ruleId: 'b', rules: ['b', 'a', 'c'] })]);
  });

  it('names no other rule when one rule found both spans', () => {
    const merged = mergeOverlaps([finding(12, 16, 'error', 'Anna'), finding(12, 26, 'warning', 'Anna Lindqvist')], textAt);
    expect(merged[0].rules).toBeUndefined();
  });
});

describe('segmentText', () => {
  it('inverts a linear or a mapped segment', () => {
    expect(segmentText({ text: 'Hello world', start: 10 }, 16, 21)).toBe('world');
    // "**Anna** Lee" decoded as "Anna Lee": Anna at 2..5, Lee at 9..11.
    const seg = { text: 'Anna Lee', start: 2, map: [2, 3, 4, 5, 8, 9, 10, 11, 12] };
    expect(segmentText(seg, 2, 12)).toBe('Anna Lee');
    expect(segmentText(seg, 9, 12)).toBe('Lee');
  });
});
