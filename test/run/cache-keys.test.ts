import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, type LintFilesOptions } from '../../src/api.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();

const pack = (pattern: string) => `rules:
  - id: test/mrn
    category: mrn
    severity: error
    message: MRN.
    detector: pattern
    patterns: ['${pattern}']
    examples: { match: ['MRN 999999'], noMatch: ['MRN'] }
  - id: test/name
    category: name
    severity: error
    message: Name.
    detector: pattern
    patterns: ['Anna Lindqvist']
    examples: { match: [Anna Lindqvist], noMatch: [Anna] }
`;

const registry = (covers: string, expires = '2099-12-31') => `- id: AUTH-1
  subject: Anna Lindqvist
  covers: ${covers}
  expires: ${expires}
`;

const CONFIG = 'root: true\nextends: [./pack.yaml]\nconsentRegistry: consent.yaml\n';
const STORY = '---\nconsent: AUTH-1\n---\nAnna Lindqvist, MRN 123456, went home.\n';

/** One workspace, linted with the cache, changed by `change`, then linted cached and uncached: both must agree. */
async function cachedAgrees(files: Record<string, string>, change: (dir: string) => void, before: LintFilesOptions = {}, after: LintFilesOptions = before) {
  const dir = workspace({ '.phi-lint.yaml': CONFIG, 'pack.yaml': pack('MRN \\d{6}'), 'consent.yaml': registry('{ categories: [name] }'), ...files });
  const base: LintFilesOptions = { cwd: dir, noBuiltin: true, concurrency: 'off' };
  const primed = await lintFiles(['.'], { ...base, ...before, cache: '.cache' });
  change(dir);
  const uncached = await lintFiles(['.'], { ...base, ...after });
  const cached = await lintFiles(['.'], { ...base, ...after, cache: '.cache' });
  expect(cached).toEqual(uncached);
  return { primed, uncached, dir };
}

describe('--cache is keyed on everything that changes the result', () => {
  it('a changed pack reached through a config\'s "extends" (same rule id, new pattern)', async () => {
    const { primed, uncached } = await cachedAgrees({ 'post.md': STORY }, (dir) => writeFileSync(path.join(dir, 'pack.yaml'), pack('MRN 999')));
    expect(uncached.summary.errors).toBeLessThan(primed.summary.errors);
  });

  it('a changed consent registry (the record no longer covers the name)', async () => {
    const { primed, uncached } = await cachedAgrees({ 'post.md': STORY }, (dir) =>
      writeFileSync(path.join(dir, 'consent.yaml'), registry("{ values: ['Someone Else'] }")),
    );
    expect(uncached.summary.errors).toBeGreaterThan(primed.summary.errors);
  });

  it("today's date (a consent that expired overnight)", async () => {
    const files = { 'post.md': STORY, 'consent.yaml': registry('{ categories: [name] }', '2026-06-30') };
    const { primed, uncached } = await cachedAgrees(files, () => {}, { today: '2026-06-30' }, { today: '2026-07-01' });
    expect(uncached.summary.errors).toBeGreaterThan(primed.summary.errors);
  });

  it('--no-inline-config', async () => {
    const post = '<!-- phi-lint-disable-next-line test/mrn -- a test -->\nMRN 123456\n';
    const { primed, uncached } = await cachedAgrees({ 'post.md': post }, () => {}, {}, { inlineConfig: false });
    expect(primed.summary.errors).toBe(0);
    expect(uncached.summary.errors).toBe(1);
  });
});

describe('a cache hit gives exactly the uncached findings', () => {
  it("a JSON finding's text is the decoded text, not the escaped source", async () => {
    const { uncached } = await cachedAgrees({ 'post.json': '{ "text": "MRN 12345\\u0036 went home." }\n' }, () => {});
    expect(uncached.files[0].findings[0].text).toBe('MRN 123456');
  });

  it('a JSON pointer is restored, and its object keys (a name) are not stored in the cache file', async () => {
    const { uncached, dir } = await cachedAgrees({ 'post.json': '{ "Bertil Ekdahl": "MRN 123456 went home." }\n' }, () => {});
    expect(uncached.files[0].findings[0].pointer).toBe('/Bertil Ekdahl');
    expect(readFileSync(path.join(dir, '.cache'), 'utf8')).not.toContain('Ekdahl');
  });
});
