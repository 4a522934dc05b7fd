import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/report/summary.js';
import { UsageError } from '../../src/lib/errors.js';
import type { FileResult } from '../../src/model/types.js';
import { applyBaseline, entriesFor, matchHash } from '../../src/suppress/baseline.js';
import { chooseKey, readBaseline } from '../../src/suppress/baseline-file.js';
import { runBaseline } from '../../src/cli/baseline.js';
import { finding } from '../helpers/findings.js';
import { locatedProblems } from '../helpers/located.js';
import { workspace } from '../helpers/workspace.js';

const key = Buffer.from('k'.repeat(32));
const same = (p: string) => p;
const phone = (text: string, severity: 'error' | 'info' = 'error') => finding({ text, severity });
const file = (filePath: string, ...findings: ReturnType<typeof phone>[]): FileResult => ({ filePath, findings });

describe('baseline entries', () => {
  it('hash the normalised match with the key: formats of one phone meet, keys differ', () => {
    expect(matchHash(phone('(617) 555-0100'), key)).toBe(matchHash(phone('617.555.0100'), key));
    expect(matchHash(phone('617-555-0100'), key)).not.toBe(matchHash(phone('617-555-0100'), Buffer.from('other key material')));
    expect(matchHash(phone('617-555-0100'), key)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('count repeated findings and skip infos', () => {
    const entries = entriesFor([file('a.txt', phone('617-555-0100'), phone('617 555 0100'), phone('617-555-0199', 'info'))], key, same);
    expect(entries).toEqual([{ file: 'a.txt', ruleId: 'test/phone', hash: matchHash(phone('6175550100'), key), count: 2 }]);
  });

  it('suppress at most `count` findings; report new ones and stale entries', () => {
    const entries = entriesFor([file('a.txt', phone('617-555-0100')), file('b.txt', phone('617-555-0142'))], key, same);
    const applied = applyBaseline([file('a.txt', phone('617-555-0100'), phone('617-555-0100'), phone('617-555-0123'))], entries, key, same);
    expect(applied.files[0].findings.map((f) => f.text)).toEqual(['617-555-0100', '617-555-0123']);
    expect(applied.suppressed).toBe(1);
    expect(applied.stale).toEqual([]); // b.txt was not linted: nothing to say about it
    const fixed = applyBaseline([file('a.txt'), file('b.txt', phone('617-555-0142'))], entries, key, same);
    expect(fixed.stale.map((e) => e.file)).toEqual(['a.txt']);
    expect(fixed.used.map((e) => [e.file, e.count])).toEqual([['b.txt', 1]]);
  });
});

describe('baseline key', () => {
  const env = { PHI_LINT_BASELINE_KEY: 'a-long-random-secret-value' };

  it('a new baseline prefers the environment, then the config, then a random salt', () => {
    expect(chooseKey(undefined, env, 'config-key-0123456789', 'b.json').kind).toBe('env');
    expect(chooseKey(undefined, {}, 'config-key-0123456789', 'b.json').kind).toBe('config');
    const salted = chooseKey(undefined, {}, undefined, 'b.json');
    expect(salted.kind).toBe('salt');
    expect(Buffer.from(salted.salt!, 'base64')).toHaveLength(32);
    expect(chooseKey(undefined, {}, undefined, 'b.json').salt).not.toBe(salted.salt);
  });

  it('an existing baseline needs the key it was written with', () => {
    const stored = { version: 1 as const, algorithm: 'hmac-sha256' as const, key: 'env' as const, entries: [] };
    expect(() => chooseKey(stored, {}, undefined, 'b.json')).toThrow(/written with a key from PHI_LINT_BASELINE_KEY/);
    expect(() => chooseKey(undefined, { PHI_LINT_BASELINE_KEY: 'short' }, undefined, 'b.json')).toThrow(UsageError);
  });
});

describe('runBaseline', () => {
  const findingsOf = (r: { report: { files: FileResult[] } }) => r.report.files.flatMap((f) => f.findings.map((x) => x.text));

  it('round trip: update (creating its folder), clean run, new finding, prune; no raw or plainly hashed PHI in the file', () => {
    const cwd = workspace({ 'posts/a.txt': 'x', 'posts/b.txt': 'x' });
    const opts = { file: 'ci/baseline.json', cwd, env: {} };
    writeFileSync(path.join(cwd, 'posts/gone.txt'), 'x');
    const first = toReport([file('posts/a.txt', phone('617-555-0100')), file('posts/gone.txt', phone('617-555-0177'))]);
    expect(() => runBaseline(first, opts)).toThrow(/baseline file ci\/baseline\.json not found/);

    const updated = runBaseline(first, { ...opts, update: true });
    expect(findingsOf(updated)).toEqual([]);
    expect(updated.notes).toEqual(['baseline: wrote 2 entries to ci/baseline.json']);
    const text = readFileSync(path.join(cwd, 'ci/baseline.json'), 'utf8');
    // Hex hashes and the base64 salt are random and may hold "555"; the phone's digits may not appear anywhere else.
    const withoutRandom = text.replace(/"(?:hash|salt)": "[^"]*"/g, '');
    expect(withoutRandom).not.toMatch(/555|0100|0177/);
    expect(text).not.toMatch(/617-?555|6175550100|5550100/);
    expect(text).not.toContain(createHash('sha256').update('6175550100').digest('hex'));
    expect(JSON.parse(text).entries.map((e: { file: string }) => e.file)).toEqual(['../posts/a.txt', '../posts/gone.txt']);

    expect(runBaseline(toReport([file('posts/a.txt', phone('617-555-0100'))]), opts)).toMatchObject({ notes: [] });
    const again = runBaseline(toReport([file('posts/a.txt', phone('617-555-0100'), phone('617-555-0111'))]), opts);
    expect(findingsOf(again)).toEqual(['617-555-0111']);

    rmSync(path.join(cwd, 'posts/gone.txt'));
    const stale = runBaseline(toReport([file('posts/a.txt')]), opts);
    expect(stale.notes).toEqual(['baseline: 2 entries in ci/baseline.json no longer match (fixed or changed); run with --prune-baseline to remove them']);
    const pruned = runBaseline(toReport([file('posts/a.txt')]), { ...opts, prune: true });
    expect(pruned.notes).toEqual(['baseline: removed 2 entries that no longer match from ci/baseline.json']);
    expect(readBaseline(path.join(cwd, 'ci/baseline.json'), 'b')!.entries).toEqual([]);
  });

  it('keeps entries of files this run did not lint, and reports a malformed file with its position', () => {
    const cwd = workspace({ 'a.txt': 'x', 'b.txt': 'x' });
    const opts = { file: 'baseline.json', cwd, env: { PHI_LINT_BASELINE_KEY: 'a-long-random-secret-value' } };
    runBaseline(toReport([file('a.txt', phone('617-555-0100')), file('b.txt', phone('617-555-0142'))]), { ...opts, update: true });
    runBaseline(toReport([file('a.txt')]), { ...opts, update: true });
    const stored = readBaseline(path.join(cwd, 'baseline.json'), 'baseline.json')!;
    expect(stored).toMatchObject({ key: 'env', entries: [{ file: 'b.txt', count: 1 }] });
    expect(stored.salt).toBeUndefined();
    expect(() => runBaseline(toReport([]), { ...opts, env: { PHI_LINT_BASELINE_KEY: 'another-long-secret-value' } })).toThrow(/written with a different key/);

    writeFileSync(path.join(cwd, 'baseline.json'), '{\n  "version": 2\n}\n');
    const problems = locatedProblems(() => readBaseline(path.join(cwd, 'baseline.json'), 'baseline.json'));
    expect(problems[0]).toMatch(/^baseline\.json:2:14: "version": /);
    expect(existsSync(path.join(cwd, 'baseline.json'))).toBe(true);
  });
});
