import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatch } from '../../../src/detect/kinds/any-match.js';
import { boundedRegex, matchSpans, unionSource } from '../../../src/text/leading-boundary.js';
import { builtinPacks } from '../../../src/packs/builtin.js';
import { loadPacks } from '../../../src/packs/load.js';

/** Every built-in combo rule's details. */
const details = loadPacks(builtinPacks()).flatMap((r) => (r.spec.detector === 'combo' ? Object.entries(r.spec.details) : []));
/** What combo.ts asked before: whether the union of a detail's patterns matches anywhere. */
const unionFinds = (patterns: string[], text: string) => matchSpans(boundedRegex(unionSource(patterns), 'giu'), text).length > 0;
/** anyMatch over a detail's patterns; `warm`: after 32 KB asked about, when native gates answer. */
function gated(patterns: string[], warm = false) {
  const found = anyMatch(patterns);
  if (warm) found('x'.repeat(40 * 1024));
  return { found };
}

describe('anyMatch', () => {
  it('reads the built-in details', () => {
    expect(details.map(([name]) => name)).toContain('public role');
  });

  it('answers as the union of the patterns does, on the rules examples and their pieces', () => {
    const examples = loadPacks(builtinPacks()).flatMap((r) => (r.spec.detector === 'combo' ? [...r.spec.examples.match, ...r.spec.examples.noMatch] : []));
    const texts = [...examples, ...examples.flatMap((e) => e.split(/(?<=[,.;:])\s+/)), 'Flu shots on Saturday at the Westside Library.', '', 'No. 4 for the Brookdale Bulldogs', 'our #7', 'ſtar quarterback', 'STAR PITCHER'];
    for (const [, patterns] of details) {
      for (const warm of [false, true]) {
        const { found } = gated(patterns, warm);
        for (const text of texts) expect(found(text), text).toBe(unionFinds(patterns, text));
      }
    }
  });

  it('answers as the union does on random texts made of the patterns words', () => {
    const pieces = fc.constantFrom('the ', 'mayor', "'s ", '’s ', 'son', 'star ', 'pitcher', '#', '7', '17', ' on ', 'for ', 'The ', 'Ice Dogs', 'No.', 'number ', 'local ', 'news ', 'anchor', 'channel ', '8', 'recognize ', 'may ', 'this ', 'smile', 'voice ', 'ran ', 'store ', 'hardware ', 'on', 'Eastfield ', 'Eagles ', 'point guard', ' ', 'ſ', 'K', 'İ', 'é', '-', '\n');
    // Before and after 32 KB asked about: the search, then the native gates.
    const all = details.flatMap(([, patterns]) => [[patterns, gated(patterns).found], [patterns, gated(patterns, true).found]] as const);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        return all.every(([patterns, found]) => found(text) === unionFinds(patterns, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers a long run through native gates as the union does', () => {
    const [, patterns] = details.find(([name]) => name === 'public role')!;
    const { found } = gated(patterns, true);
    for (const text of ["We treated the senator's son.", 'Flu shots on Saturday.', 'our #7 is back', 'No. 4 for the Brookdale Bulldogs', 'Eastfield Eagles point guard #23']) expect(found(text), text).toBe(unionFinds(patterns, text));
  });
});

