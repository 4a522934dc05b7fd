import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedRegex, matchSpans, unionSource, withoutLeadingBoundary } from '../../src/text/leading-boundary.js';

const native = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index!, m.index! + m[0].length]);

describe('withoutLeadingBoundary', () => {
  it('takes out a \\b that opens the whole pattern', () => {
    expect(withoutLeadingBoundary('\\b(?:mrn|chart)\\s*#?')).toBe('(?:mrn|chart)\\s*#?');
  });

  it('keeps patterns whose \\b opens only one alternative, or none', () => {
    expect(withoutLeadingBoundary('\\bmrn|chart')).toBeUndefined();
    expect(withoutLeadingBoundary('mrn\\b')).toBeUndefined();
    // A "|" inside a group or a class is not top-level.
    expect(withoutLeadingBoundary('\\b(?:a|b)[|]')).toBe('(?:a|b)[|]');
  });
});

describe('unionSource', () => {
  it('puts a \\b shared by every pattern in front', () => {
    expect(unionSource(['\\bfoo', '\\bbar'])).toBe('\\b(?:(?:foo)|(?:bar))');
    expect(unionSource(['\\bfoo', 'bar'])).toBe('(?:\\bfoo)|(?:bar)');
    // A \b that opens only the first alternative of a pattern stays where it is.
    expect(unionSource(['\\bfoo|#x', '\\bbar'])).toBe('(?:\\bfoo|#x)|(?:\\bbar)');
  });
});

describe('boundedRegex', () => {
  const patterns = [
    '\\b(?:no|age)\\s*\\d+',
    '\\b\\d{2,3}\\s?(?:yo|y/o)(?![\\p{L}])',
    '\\b[#.]?\\w+',
    '\\b(?:ſ|k|s)\\w*',
    '\\b',
    '\\b(?:)',
    unionSource(['\\bthe (?:first|only) \\w+', '\\brecord[- ]breaking\\b']),
    unionSource(['\\bno|#\\d', '\\bage']),
  ];

  it('finds the same matches as the regex with its \\b', () => {
    const alphabet = fc.constantFrom(...'aKkſsno ge#.1290_-é😀\n/yoıİ'.split(''), 'age', 'the first', 'record-breaking', 'y/o', 'K', 'ſ', '#1');
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(alphabet, { maxLength: 30 }), (source, parts) => {
        const text = parts.join('');
        expect(matchSpans(boundedRegex(source, 'giu'), text)).toEqual(native(source, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('a union matches what the plain alternation of its patterns matches', () => {
    const lists = [
      ['\\bno|#\\d', '\\bage'],
      ['\\bthe (?:first|only) \\w+', '\\brecord[- ]breaking\\b'],
      ['\\b(?:a|b)', '\\bc'],
      ['\\bno', '#\\d'],
    ];
    const alphabet = fc.constantFrom(...'abc no ge#1_-é\n'.split(''), 'age', 'the first', 'record-breaking', '#1');
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.array(alphabet, { maxLength: 30 }), (list, parts) => {
        const text = parts.join('');
        const union = boundedRegex(unionSource(list), 'giu');
        expect(matchSpans(union, text)).toEqual(native(list.map((p) => `(?:${p})`).join('|'), text));
      }),
      { numRuns: 2000 },
    );
  });

  it('only changes regexes that are slow: `iu` with a leading \\b', () => {
    expect(boundedRegex('\\bfoo', 'giu').boundary).toBe(true);
    expect(boundedRegex('\\bfoo', 'gu').boundary).toBe(false);
    expect(boundedRegex('\\bfoo', 'gi').boundary).toBe(false);
  });
});
