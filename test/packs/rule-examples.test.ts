import { describe, expect, it } from 'vitest';
import { detect } from '../../src/engine/detect.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';

/**
 * The one generic test: every `match` example of every rule of every pack
 * must be found by that rule, and no `noMatch` example may be.
 */
const rules = loadPacks(builtinPacks());

describe.each(rules.map((r) => [r.spec.id, r] as const))('%s', (_id, rule) => {
  const hits = async (text: string) => detect([{ text, kind: 'text', start: 0 }], [rule]);

  it.each(rule.spec.examples.match)('matches: %s', async (text) => {
    expect((await hits(text)).length).toBeGreaterThan(0);
  });

  it.each(rule.spec.examples.noMatch)('does not match: %s', async (text) => {
    expect((await hits(text)).map((h) => text.slice(h.start, h.end))).toEqual([]);
  });
});

it('ships at least one rule per built-in pack', () => {
  for (const pack of builtinPacks()) expect(rules.some((r) => r.pack === pack.display)).toBe(true);
});
