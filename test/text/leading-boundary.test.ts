import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedRegex, matchSpans, unionSource, withoutLeadingBoundary, startsDigitRuns, stickySpans } from '../../src/text/leading-boundary.js';

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

describe('startsDigitRuns', () => {
  it('knows the openings that refuse a digit before a match, when they cover the whole pattern', () => {
    for (const yes of ['\\b\\d{5}', '(?<!\\d)\\d{3}-\\d{4}', '(?<![\\d/.-])\\d{1,2}/\\d{1,2}', '(?<![\\w-])(?:\\+?1)?\\d{3}', '(?<![\\p{L}\\d])\\d{1,3}\\s?[MF]', '(?<![\\p{L}\\p{N}])\\d+'])
      expect(startsDigitRuns(yes), yes).toBe(true);
    for (const no of ['\\d{5}', '\\b\\d{3}|x\\d', '(?<![\\p{L}])\\d+', '(?<![^\\d])\\d', '(?<!\\D)\\d', '(?<=\\d)\\d', 'a\\b\\d'])
      expect(startsDigitRuns(no), no).toBe(false);
  });

  it('lets a sticky scan skip the digits inside a run and still find what a global scan finds', () => {
    const text = 'Call 555-0100 or 617 555 0199, ZIP 02139-4307, 12/25/2024, 1234567 and x9 99.';
    for (const source of ['\\b\\d{3}', '(?<!\\d)\\d{2,4}', '(?<![\\w/])\\d{1,2}/\\d{1,2}/\\d{4}', '\\b\\d+(?:-\\d+)?']) {
      expect(startsDigitRuns(source)).toBe(true);
      const digits = [...text.matchAll(/\d/g)].map((m) => m.index!);
      const sticky = new RegExp(source, 'yu');
      const whole = [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index!, m.index! + m[0].length]);
      expect(stickySpans(sticky, text, digits, (m) => [m.index, m.index + m[0].length], true)).toEqual(whole);
    }
  });
});
