import { describe, expect, it } from 'vitest';
import { reportedSpans } from '../../src/pipeline/pack-examples.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { lintSource } from '../../src/pipeline/lint-source.js';
import { needsApproval } from '../../src/approvals/needs.js';
import { imageRunWith, readAs } from '../helpers/images.js';

/**
 * The one generic test: every `match` example of every rule of every pack
 * must be found by that rule, and no `noMatch` example may be.
 */
const rules = loadPacks(builtinPacks());

describe.each(rules.map((r) => [r.spec.id, r] as const))('%s', (_id, rule) => {
  // The same judge as a user's pack gets at load (src/pipeline/pack-examples.ts).
  // An approval rule's examples are posts that need an approval under `requireApproval: warnings` (every rule run on them).
  const approvalHit = async (text: string) => (needsApproval(await lintSource(text, 'example.txt', rules), 'warnings') ? [text] : []);
  // Image rules read what phi-lint finds inside an image: the example is put there (a GPS tag, a face, a line of text, a metadata field).
  const inImage = async (text: string) =>
    (await lintSource('![photo](example.png)\n', 'example.md', rules, undefined, undefined, imageRunWith(readAs(rule.spec, text))))
      .findings.filter((f) => f.ruleId === rule.spec.id)
      .map(() => text);
  const hits = async (text: string) =>
    rule.spec.detector === 'approval' ? approvalHit(text) : rule.spec.detector === 'image' ? inImage(text) : reportedSpans(rule, text);

  it.each(rule.spec.examples.match)('matches: %s', async (text) => {
    expect((await hits(text)).length).toBeGreaterThan(0);
  });

  it.each(rule.spec.examples.noMatch)('does not match: %s', async (text) => {
    expect(await hits(text)).toEqual([]);
    // An image rule's noMatch example must still be read (a face too small, a GPS tag at 0, 0), not dropped before the rule sees it.
    if (rule.spec.detector === 'image') expect(readAs(rule.spec, text)).toBeDefined();
  });
});

it('ships at least one rule per built-in pack', () => {
  for (const pack of builtinPacks()) expect(rules.some((r) => r.pack === pack.display)).toBe(true);
});
