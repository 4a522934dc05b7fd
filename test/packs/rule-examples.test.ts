import { describe, expect, it } from 'vitest';
import { reportedSpans } from '../../src/pipeline/pack-examples.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { lintSource } from '../../src/pipeline/lint-source.js';
import { needsApproval } from '../../src/approvals/needs.js';

/**
 * The one generic test: every `match` example of every rule of every pack
 * must be found by that rule, and no `noMatch` example may be.
 */
const rules = loadPacks(builtinPacks());

describe.each(rules.map((r) => [r.spec.id, r] as const))('%s', (_id, rule) => {
  // The same judge as a user's pack gets at load (src/pipeline/pack-examples.ts).
  // An approval rule's examples are posts that need an approval under `requireApproval: warnings` (every rule run on them).
  const approvalHit = async (text: string) => (needsApproval(await lintSource(text, 'example.txt', rules), 'warnings') ? [text] : []);
  const hits = async (text: string) => (rule.spec.detector === 'approval' ? approvalHit(text) : reportedSpans(rule, text));

  it.each(rule.spec.examples.match)('matches: %s', async (text) => {
    expect((await hits(text)).length).toBeGreaterThan(0);
  });

  it.each(rule.spec.examples.noMatch)('does not match: %s', async (text) => {
    expect(await hits(text)).toEqual([]);
  });
});

it('ships at least one rule per built-in pack', () => {
  for (const pack of builtinPacks()) expect(rules.some((r) => r.pack === pack.display)).toBe(true);
});
