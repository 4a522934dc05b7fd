import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiLint, ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const readdirSafe = (dir: string) => readdirSync(dir).filter((n) => /\.(md|txt|json)$/.test(n));

/** The shipped examples and the tuning fixtures copied into a temporary folder (made by `make`, which removes it later). */
function corpus(make: (files: Record<string, string>) => string): string {
  const files: Record<string, string> = {};
  for (const dir of ['examples', 'fixtures/tuning']) {
    for (const name of readdirSafe(path.join(ROOT, dir))) files[`${dir}/${name}`] = readFileSync(path.join(ROOT, dir, name), 'utf8');
  }
  return make(files);
}

const JSON_ARGS = ['-f', 'json', '--no-error-on-unmatched-pattern'];
/** In this process: worker threads (--concurrency, or auto on the ~100-file corpus) still start, from dist/bundle/worker.js. */
const json = (args: string[], cwd: string) => runCli([...JSON_ARGS, ...args], { cwd });

const workspace = tempWorkspaces();

describe('scale options', () => {
  const cwd = corpus(tempWorkspaces('all'));
  let single: Awaited<ReturnType<typeof json>>;
  beforeAll(async () => {
    single = await json(['--concurrency', 'off', '.'], cwd);
  });

  it('worker threads give exactly the single-threaded output, in the same order', async () => {
    expect(single.code).toBe(1);
    const threaded = await json(['--concurrency', '2', '.'], cwd);
    expect(threaded.code).toBe(single.code);
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('--shard i/n splits the files into disjoint parts that cover them all', async () => {
    const all = JSON.parse(single.stdout).files.map((f: { filePath: string }) => f.filePath);
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) parts.push(JSON.parse((await json([`--shard`, `${i}/3`, '.'], cwd)).stdout).files.map((f: { filePath: string }) => f.filePath));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
    expect((await runCli(['--shard', '4/3', '.'], { cwd })).code).toBe(2);
  });

  it('--cache answers unchanged files from a cache that holds no matched text', async () => {
    const dir = corpus(workspace);
    const first = await json(['--cache', '.'], dir);
    expect(first.stdout).toBe(single.stdout);
    const cacheFile = readFileSync(path.join(dir, '.phi-lint-cache'), 'utf8');
    const secrets = JSON.parse((await runCli(['-f', 'json', '--no-mask', '.'], { cwd: dir })).stdout).files.flatMap((f: { findings: { text: string }[] }) =>
      f.findings.map((x) => x.text),
    );
    for (const secret of secrets) expect(cacheFile).not.toContain(`"${secret}"`);
    const written = statSync(path.join(dir, '.phi-lint-cache')).mtimeMs;
    expect((await json(['--cache', '.'], dir)).stdout).toBe(single.stdout);
    // Nothing changed, so the cache file is not rewritten.
    expect(statSync(path.join(dir, '.phi-lint-cache')).mtimeMs).toBe(written);
    // --no-mask on a cache hit still shows the matched text, restored from the file.
    expect((await runCli(['-f', 'json', '--no-mask', '--cache', '.'], { cwd: dir })).stdout).toContain(secrets[0]);
  });

  it('--cache notices a changed file', async () => {
    const dir = workspace({ 'a.txt': 'Free flu shots on Saturday.\n' });
    expect((await json(['--cache', 'a.txt'], dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'a.txt'), 'Our patient Anna Lindqvist was admitted with pneumonia.\n');
    expect((await json(['--cache', 'a.txt'], dir)).code).toBe(1);
  });

  describe('spawned smoke tests', () => {
    it('the real bin with worker threads prints the in-process single-threaded output', () => {
      const threaded = phiLint([...JSON_ARGS, '--concurrency', '2', '.'], { cwd });
      expect(threaded.code).toBe(single.code);
      expect(threaded.stdout).toBe(single.stdout);
    });
  });
});
