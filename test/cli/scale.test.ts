import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint, ROOT } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

/** The shipped examples and the tuning fixtures copied into a temporary folder. */
function corpus(): string {
  const files: Record<string, string> = {};
  for (const dir of ['examples', 'fixtures/tuning']) {
    for (const name of readdirSafe(path.join(ROOT, dir))) files[`${dir}/${name}`] = readFileSync(path.join(ROOT, dir, name), 'utf8');
  }
  return workspace(files);
}
const readdirSafe = (dir: string) => readdirSync(dir).filter((n) => /\.(md|txt|json)$/.test(n));

const json = (args: string[], cwd: string) => phiLint(['-f', 'json', '--no-error-on-unmatched-pattern', ...args], { cwd });

describe('scale options', () => {
  const cwd = corpus();
  const single = json(['--concurrency', 'off', '.'], cwd);

  it('worker threads give exactly the single-threaded output, in the same order', () => {
    expect(single.code).toBe(1);
    const threaded = json(['--concurrency', '2', '.'], cwd);
    expect(threaded.code).toBe(single.code);
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('--shard i/n splits the files into disjoint parts that cover them all', () => {
    const all = JSON.parse(single.stdout).files.map((f: { filePath: string }) => f.filePath);
    const parts = [1, 2, 3].map((i) => JSON.parse(json([`--shard`, `${i}/3`, '.'], cwd).stdout).files.map((f: { filePath: string }) => f.filePath));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
    expect(phiLint(['--shard', '4/3', '.'], { cwd }).code).toBe(2);
  });

  it('--cache answers unchanged files from a cache that holds no matched text', () => {
    const dir = corpus();
    const first = json(['--cache', '.'], dir);
    expect(first.stdout).toBe(single.stdout);
    const cacheFile = readFileSync(path.join(dir, '.phi-lint-cache'), 'utf8');
    const secrets = JSON.parse(phiLint(['-f', 'json', '--no-mask', '.'], { cwd: dir }).stdout).files.flatMap((f: { findings: { text: string }[] }) =>
      f.findings.map((x) => x.text),
    );
    for (const secret of secrets) expect(cacheFile).not.toContain(`"${secret}"`);
    const written = statSync(path.join(dir, '.phi-lint-cache')).mtimeMs;
    expect(json(['--cache', '.'], dir).stdout).toBe(single.stdout);
    // Nothing changed, so the cache file is not rewritten.
    expect(statSync(path.join(dir, '.phi-lint-cache')).mtimeMs).toBe(written);
    // --no-mask on a cache hit still shows the matched text, restored from the file.
    expect(phiLint(['-f', 'json', '--no-mask', '--cache', '.'], { cwd: dir }).stdout).toContain(secrets[0]);
  });

  it('--cache notices a changed file', () => {
    const dir = workspace({ 'a.txt': 'Free flu shots on Saturday.\n' });
    expect(json(['--cache', 'a.txt'], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'a.txt'), 'Our patient Anna Lindqvist was admitted with pneumonia.\n');
    expect(json(['--cache', 'a.txt'], dir).code).toBe(1);
  });
});
