import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCode } from '../../src/text/anchors.js';
import { everyRequiredSet, requiredLiterals } from '../../src/text/required-literals.js';

const fold = (text: string) => String.fromCharCode(...[...text].flatMap((ch) => [...ch].map((c) => foldCode(c.charCodeAt(0)))));

describe('requiredLiterals', () => {
  it('finds the rarest literals every match holds, past an unanchored start', () => {
    const school = "\\b(?!(?:The|A)\\s)(?:\\p{Lu}[\\p{L}.'’-]+\\s+){1,4}(?:Elementary|Middle|High)(?:\\s+School)?\\b";
    expect(requiredLiterals(school, true)).toEqual(['elem', 'high', 'midd']);
    expect(requiredLiterals('\\b(?:on|to|from)\\s+\\d{1,2}\\s?(?:North|South|East|West)\\b', true, ['on ', 'to ', 'from'])).toEqual(['east', 'nort', 'sout', 'west']);
    expect(requiredLiterals('(?<z>\\d{5})\\s+zip', true)).toEqual(['zip']);
    expect(requiredLiterals('(?<![\\d-])\\d{3}-\\d{2}-\\d{4}', true)).toEqual(['-00-']);
  });

  it('gives none when they are common, no rarer than the anchors, or the pattern has alternatives at its top', () => {
    expect(requiredLiterals('\\p{Lu}\\w+, \\p{Lu}', true)).toBeUndefined();
    // Digits come in runs: four of them are common.
    expect(requiredLiterals('\\p{Lu}+ \\d{4}', true)).toBeUndefined();
    expect(requiredLiterals('guaranteed cure', true, ['guar'])).toBeUndefined();
    expect(requiredLiterals('\\p{Lu}+Street|\\p{Lu}+Avenue', true)).toBeUndefined();
  });

  const parts = ['\\p{Lu}+', '\\w*', '\\s', '(?:zeta|quix)', 'jump', '\\d{4,}', '(?:vexed)?', '[xz]{4}', '(?=q)', '.', 'ſkyK', '(?:a|b)+', '|'];
  const chars = fc.constantFrom('z', 'e', 't', 'a', 'q', 'x', 'Z', 'Q', '1', ' ', 'ſ', 'K', 's', 'k', 'b', 'jump', 'JUMP', 'zeta', 'quix', 'ſkyK', 'SKYk', 'vexed', '12345', 'xzzx');

  /** Random patterns and texts: `sets` of a pattern, each of which a text it matches must hold one literal of. */
  const eachSetHeld = (sets: (source: string) => string[][] | undefined) =>
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 5 }), fc.array(chars, { maxLength: 30 }), fc.boolean(), (ps, cs, ignoreCase) => {
        const source = ps.join('');
        const text = cs.join('');
        const held = sets(source);
        if (held && new RegExp(source, ignoreCase ? 'iu' : 'u').test(text)) for (const set of held) expect(set.some((l) => fold(text).includes(l))).toBe(true);
      }),
      { numRuns: 4000 },
    );

  it('holds one of them in every text the pattern matches', () => {
    eachSetHeld((source) => {
      const literals = requiredLiterals(source, true);
      return literals && [literals];
    });
  });

  it('every set of everyRequiredSet: one of each in every text the pattern matches', () => {
    eachSetHeld((source) => everyRequiredSet(source, true));
  });
});

describe('everyRequiredSet', () => {
  it('keeps every element with literals, not only the rarest', () => {
    // One set per element, each character of a literal run too: "the ", "he m"/"he s", ... "mayo"/"sena", ...
    const sets = everyRequiredSet("\\bthe (?:senator|mayor)['’]s (?:son|wife)\\b", true)!;
    expect(sets[0]).toEqual(['the ']);
    expect(sets).toContainEqual(['mayo', 'sena']);
    expect(sets).toContainEqual(['son', 'wife']);
    expect(everyRequiredSet('\\p{Lu}+Street|\\p{Lu}+Avenue', true)).toBeUndefined();
    expect(everyRequiredSet('\\p{Lu}\\w+', true)).toBeUndefined();
  });
});

