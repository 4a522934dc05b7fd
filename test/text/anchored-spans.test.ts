import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadRules } from '../../src/api.js';
import { AnchorIndex } from '../../src/text/anchor-index.js';
import { compileRegex, patternAnchors } from '../../src/text/regex.js';
import type { PatternRuleSpec } from '../../src/model/rule-spec.js';

/** Every built-in pattern, with the rule's case flag and group. */
const patterns = loadRules()
  .map((r) => r.spec)
  .filter((s): s is PatternRuleSpec => s.detector === 'pattern')
  .flatMap((spec) => spec.patterns.map((source) => ({ source, spec })));

/** Texts made of the rules' own examples, cut and joined, with characters that fold (ſ, K, digits, emoji). */
const examples = patterns.flatMap(({ spec }) => [...(spec.examples?.match ?? []), ...(spec.examples?.noMatch ?? [])]);
const piece = fc.oneof(
  fc.constantFrom(...examples),
  fc.constantFrom(' ', '\n', 'ſ', 'K', '🐱', 'é', 'MRN ', '555-0100', "'s", '100% '),
  fc.string({ maxLength: 6 }),
);
const texts = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('anchored scans', () => {
  const index = new AnchorIndex(patterns.map(({ source }) => patternAnchors(source, 'native')));
  const regexes = patterns.map(({ source, spec }) => compileRegex(source, { ignoreCase: spec.ignoreCase, engine: 'native' }));

  it('find exactly the matches of a whole scan, for every built-in pattern', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const scan = index.scan(text);
        patterns.forEach(({ spec }, i) => {
          const at = scan.at(i);
          if (!at) return;
          expect([...regexes[i].spansAt(text, at, spec.group)]).toEqual([...regexes[i].spans(text, spec.group)]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('leave most built-in patterns anchored', () => {
    const anchored = patterns.filter(({ source }) => patternAnchors(source, 'native')).length;
    expect(anchored / patterns.length).toBeGreaterThan(0.9);
  });

  it('run a user pack (RE2) pattern only where an anchor occurs', () => {
    const re = compileRegex('\\bACM\\d{9}\\b', { engine: 're2' });
    const anchors = patternAnchors('\\bACM\\d{9}\\b', 're2');
    expect(anchors).toEqual(['acm0']);
    const scan = new AnchorIndex([anchors]).scan('Member ACM123456789 called.');
    expect([...re.spansAt('Member ACM123456789 called.', scan.at(0)!)]).toEqual([[7, 19]]);
    expect([...re.spansAt('No member id here.', [])]).toEqual([]);
  });
});
