import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { cleanEnv, committedPackage, sh } from './package-copy.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const installStep: { run: string } = action.runs.steps.find((s: { name?: string }) => s.name === 'Install phi-lint');

describe('npm run release-tag', { timeout: 240_000 }, () => {
  it('tags HEAD plus the built dist/, leaves the branch alone, and the action at that tag installs runtime dependencies only', () => {
    const repo = committedPackage('phi-lint-release-');
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
    const head = sh('git', ['rev-parse', 'HEAD'], repo).stdout.trim();

    const r = sh(process.execPath, ['scripts/release-tag.js', 'v9.9.9'], repo);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('tagged v9.9.9');
    const files = sh('git', ['ls-tree', '-r', '--name-only', 'v9.9.9'], repo).stdout.split('\n');
    expect(files).toEqual(expect.arrayContaining(['dist/bundle/cli.js', 'dist/builtin-data.json', 'dist/api.js', 'bin/phi-lint.js']));
    expect(sh('git', ['rev-parse', 'v9.9.9^'], repo).stdout.trim()).toBe(head);
    expect(sh('git', ['rev-parse', 'HEAD'], repo).stdout.trim()).toBe(head);
    expect(sh('git', ['status', '--porcelain', '--untracked-files=no'], repo).stdout).toBe('');

    // The action checks out the tag: runtime dependencies only, then phi-lint runs.
    const checkout = path.join(path.dirname(repo), 'action');
    mkdirSync(checkout);
    execFileSync('sh', ['-c', `git -C "${repo}" archive v9.9.9 | tar -x -C "${checkout}"`]);
    const install = execFileSync('bash', ['-e', '-c', installStep.run], {
      encoding: 'utf8', env: cleanEnv({ GITHUB_ACTION_PATH: checkout, npm_config_prefer_offline: 'true' }), stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(install).not.toContain('no prebuilt dist/');
    expect(existsSync(path.join(checkout, 'node_modules', 'typescript'))).toBe(false);
    expect(sh(process.execPath, [path.join(checkout, 'bin', 'phi-lint.js'), 'examples'], checkout).status).toBe(1);
  });

  it('refuses a malformed tag and a dirty tree', () => {
    const repo = committedPackage('phi-lint-release-bad-');
    expect(sh(process.execPath, ['scripts/release-tag.js', 'latest'], repo).stderr).toContain('usage: npm run release-tag');
    execFileSync('sh', ['-c', `echo changed >> "${repo}/README.md"`]);
    const dirty = sh(process.execPath, ['scripts/release-tag.js', 'v1.0.0'], repo);
    expect(dirty.status).toBe(2);
    expect(dirty.stderr).toContain('commit or discard your changes first');
  });
});
