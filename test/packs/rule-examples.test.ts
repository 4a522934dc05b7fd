import { describe, expect, it } from 'vitest';
import { detect } from '../../src/pipeline/detect.js';
import { lintSource } from '../../src/pipeline/lint-source.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { needsApproval } from '../../src/approvals/needs.js';

/**
 * The one generic test: every `match` example of every rule of every pack
 * must be found by that rule, and no `noMatch` example may be.
 */
const rules = loadPacks(builtinPacks());

describe.each(rules.map((r) => [r.spec.id, r] as const))('%s', (_id, rule) => {
  // Contextual rules (combo, relationship) need the whole post, and matches at the organisation's own
  // site (`ownPlace`) are decided by it, so they run through the pipeline.
  // An approval rule's examples are posts that need an approval under `requireApproval: warnings` (every rule run on them).
  const approvalHit = async (text: string) => (needsApproval(await lintSource(text, 'example.txt', rules), 'warnings') ? [{ start: 0, end: text.length, staff: false }] : []);
  const hits = async (text: string) =>
    rule.spec.detector === 'approval'
      ? approvalHit(text)
      : rule.inPost || rule.ownPlace
      ? (await lintSource(text, 'example.txt', [rule])).findings.map((f) => ({ start: f.offset, end: f.endOffset, staff: false }))
      : detect([{ text, kind: 'text', start: 0 }], [rule]);

  it.each(rule.spec.examples.match)('matches: %s', async (text) => {
    expect((await hits(text)).length).toBeGreaterThan(0);
  });

  // A name the detector itself marks as staff is reported only as an info, never as a patient's name.
  it.each(rule.spec.examples.noMatch)('does not match: %s', async (text) => {
    const reported = (await hits(text)).filter((h) => !h.staff);
    expect(reported.map((h) => text.slice(h.start, h.end))).toEqual([]);
  });
});

it('ships at least one rule per built-in pack', () => {
  for (const pack of builtinPacks()) expect(rules.some((r) => r.pack === pack.display)).toBe(true);
});
