import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickWordBoundaries, startsWithWordChar } from '../../src/text/word-boundary.js';

const spans = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index!, m.index! + m[0].length]);

describe('quickWordBoundaries', () => {
  it('writes a \\b before a word character as a lookbehind', () => {
    expect(quickWordBoundaries('(?:\\bthe (?:mayor)|#|\\bNo\\.)', 'giu')).toBe('(?:(?<!\\w)the (?:mayor)|#|(?<!\\w)No\\.)');
    expect(quickWordBoundaries('\\b(?:records?|file)\\b', 'iu')).toBe('(?<!\\w)(?:records?|file)\\b');
    expect(quickWordBoundaries('\\b[A-F0-9]+x', 'iu')).toBe('(?<!\\w)[A-F0-9]+x');
    expect(quickWordBoundaries('\\b(?!the\\s)\\d', 'iu')).toBe('(?<!\\w)(?!the\\s)\\d');
  });

  it('keeps a \\b before what may start otherwise, and regexes without both flags', () => {
    expect(quickWordBoundaries('\\b(?:#|a)', 'iu')).toBe('\\b(?:#|a)');
    expect(quickWordBoundaries('\\ba?b', 'iu')).toBe('\\ba?b');
    expect(quickWordBoundaries('\\b(?:a|)', 'iu')).toBe('\\b(?:a|)');
    expect(quickWordBoundaries('\\b\\p{Lu}', 'iu')).toBe('\\b\\p{Lu}');
    expect(quickWordBoundaries('\\b[^a]', 'iu')).toBe('\\b[^a]');
    expect(quickWordBoundaries('[\\b]a', 'iu')).toBe('[\\b]a');
    expect(quickWordBoundaries('\\\\ba', 'iu')).toBe('\\\\ba');
    expect(quickWordBoundaries('\\bthe', 'gi')).toBe('\\bthe');
  });

  it('reads optional elements and groups', () => {
    expect(startsWithWordChar('a{0,2}', 0)).toBe(false);
    expect(startsWithWordChar('a{2}', 0)).toBe(true);
    expect(startsWithWordChar('(?<n>ab|c)+', 0)).toBe(true);
    expect(startsWithWordChar('(?i:ab)', 0)).toBe(false);
    expect(startsWithWordChar('(a|\\.)', 0)).toBe(false);
  });

  const parts = ['\\b', 'the', 'No\\.', '(?:a|b)', '(?:x|#)', '[a-z]', '\\d', '\\w+', 's?', 'k', '(?!t)', '(?<!\\d)', ' ', '\\p{L}', '.', '|'];
  const texts = fc.string({ unit: fc.constantFrom('a', 'b', 't', 'h', 'e', 'k', 'K', 's', 'ſ', 'K', 'é', '1', '_', ' ', '.', '#', 'N', 'o', '-'), maxLength: 24 });

  it('matches what the original matches, on random patterns and texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }), texts, (ps, text) => {
        const source = ps.join('');
        expect(spans(quickWordBoundaries(source, 'giu'), text)).toEqual(spans(source, text));
      }),
      { numRuns: 3000 },
    );
  });
});
