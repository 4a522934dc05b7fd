import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatch } from '../../../src/detect/kinds/any-match.js';
import { boundedRegex, matchSpans, unionSource } from '../../../src/text/leading-boundary.js';
import { builtinPacks } from '../../../src/packs/builtin.js';
import { loadPacks } from '../../../src/packs/load.js';
import { lazyRegex } from '../../../src/text/lazy-regex.js';

/** Every built-in combo rule's details. */
const details = loadPacks(builtinPacks()).flatMap((r) => (r.spec.detector === 'combo' ? Object.entries(r.spec.details) : []));
/** What combo.ts asked before: whether the union of a detail's patterns matches anywhere. */
const unionFinds = (patterns: string[], text: string) => matchSpans(boundedRegex(unionSource(patterns), 'giu'), text).length > 0;
/** anyMatch with the union combo.ts hands it (made on first use), counting the times it is made. */
function gated(patterns: string[]) {
  const made = { count: 0 };
  return { made, found: anyMatch(patterns, lazyRegex(() => (made.count++, boundedRegex(unionSource(patterns), 'giu')))) };
}

describe('anyMatch', () => {
  it('reads the built-in details', () => {
    expect(details.map(([name]) => name)).toContain('public role');
  });

  it('answers as the union of the patterns does, on the rules examples and their pieces', () => {
    const examples = loadPacks(builtinPacks()).flatMap((r) => (r.spec.detector === 'combo' ? [...r.spec.examples.match, ...r.spec.examples.noMatch] : []));
    const texts = [...examples, ...examples.flatMap((e) => e.split(/(?<=[,.;:])\s+/)), 'Flu shots on Saturday at the Westside Library.', '', 'No. 4 for the Brookdale Bulldogs', 'our #7', 'ſtar quarterback', 'STAR PITCHER'];
    for (const [, patterns] of details) {
      const { found } = gated(patterns);
      for (const text of texts) expect(found(text), text).toBe(unionFinds(patterns, text));
    }
  });

  it('answers as the union does on random texts made of the patterns words', () => {
    const pieces = fc.constantFrom('the ', 'mayor', "'s ", '’s ', 'son', 'star ', 'pitcher', '#', '7', '17', ' on ', 'for ', 'The ', 'Ice Dogs', 'No.', 'number ', 'local ', 'news ', 'anchor', 'channel ', '8', 'recognize ', 'may ', 'this ', 'smile', 'voice ', 'ran ', 'store ', 'hardware ', 'on', 'Eastfield ', 'Eagles ', 'point guard', ' ', 'ſ', 'K', 'İ', 'é', '-', '\n');
    const all = details.map(([, patterns]) => [patterns, gated(patterns).found] as const);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        return all.every(([patterns, found]) => found(text) === unionFinds(patterns, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('asks the union, with the same answers, once 32 KB have been asked about, and not before', () => {
    const [, patterns] = details.find(([name]) => name === 'public role')!;
    const { made, found } = gated(patterns);
    expect(found('Flu shots on Saturday at the Westside Library.')).toBe(false);
    expect(made.count).toBe(0);
    found('x'.repeat(40 * 1024));
    for (const text of ['We treated the senator\'s son.', 'Flu shots on Saturday.', 'our #7 is back']) expect(found(text)).toBe(unionFinds(patterns, text));
    expect(made.count).toBe(1);
  });
});

