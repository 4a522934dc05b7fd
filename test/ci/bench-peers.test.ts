import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS script, no types
import { importPeer, PEERS } from '../../scripts/bench-peers.js';
import { ROOT } from '../helpers/cli.js';
import { cleanEnv } from './package-copy.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Stands in for npm: "installs" a tiny CommonJS package and records the call. */
function fakeInstall(calls: string[][]) {
  return (dir: string, specs: string[]) => {
    calls.push([dir, ...specs]);
    const [name, version] = specs[0].split(/@(?=[^@]+$)/);
    const home = path.join(dir, 'node_modules', name);
    mkdirSync(home, { recursive: true });
    writeFileSync(path.join(home, 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
    writeFileSync(path.join(home, 'index.js'), 'exports.SyncRedactor = class { redact(t) { return t.replace(/\\d/g, "*"); } };\n');
  };
}

describe('benchmark peers (npm run bench)', () => {
  it('are not dependencies of phi-lint, not even dev ones', () => {
    for (const name of Object.keys(PEERS)) {
      expect(pkg.dependencies?.[name], name).toBeUndefined();
      expect(pkg.devDependencies?.[name], name).toBeUndefined();
    }
  });

  it('are installed on first use into the scratch folder, saying so, and reused from there', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-peers-')), 'cache');
    const calls: string[][] = [];
    const lines: string[] = [];
    const options = { dir, install: fakeInstall(calls), log: (line: string) => lines.push(line) };
    const first = await importPeer('redact-pii', options);
    expect(new first.SyncRedactor().redact('555-0142')).toBe('***-****');
    expect(calls).toEqual([[dir, `redact-pii@${PEERS['redact-pii']}`]]);
    expect(lines[0]).toMatch(/installing it into .*not a dependency of phi-lint/);
    await importPeer('redact-pii', options);
    expect(calls).toHaveLength(1);
    expect(lines[1]).toContain(`from ${dir}`);
  });

  it('refuse a package that is not a listed peer', async () => {
    await expect(importPeer('left-pad', { dir: tmpdir(), install: () => {}, log: () => {} })).rejects.toThrow('not a benchmark peer');
  });
});

describe('dependency tree', () => {
  it('has no invalid or missing peer (npm install prints no ERESOLVE warning)', () => {
    const ls = spawnSync('npm', ['ls', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), maxBuffer: 1 << 26 });
    const problems: string[] = JSON.parse(ls.stdout).problems ?? [];
    expect(problems).toEqual([]);
    expect(ls.status).toBe(0);
  });
});
