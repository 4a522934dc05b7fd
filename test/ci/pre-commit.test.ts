import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_EXTENSIONS } from '../../src/formats/index.js';
import { ROOT } from '../helpers/cli.js';
import { committedPackage, sh } from './package-copy.js';

const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version']).status === 0;
const SKIPPED = HAS_PRE_COMMIT ? '' : ' [skipped: pre-commit is not installed; `apt-get install pre-commit` (.ci/run does)]';

const UNSAFE = 'Our patient Jane Roe (MRN 4410022) went home today after her knee surgery.\n';
const SAFE = 'Free flu shots on Saturday at the Westside Library. Questions? Call us at 555-0100.\n';

/** The hook's `files` pattern (Python's leading `(?i)` as a flag). */
const filesPattern = new RegExp(String(hook.files).replace(/^\(\?i\)/, ''), String(hook.files).startsWith('(?i)') ? 'i' : '');

/** A git repository with `files` staged, as a user has it just before `git commit`. */
function repoWithStaged(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-precommit-target-'));
  sh('git', ['init', '-q'], dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  sh('git', ['add', ...Object.keys(files)], dir);
  return dir;
}

/** try-repo in `target`; pre-commit's own store and log go to a temporary folder, not ~/.cache/pre-commit. */
const tryRepo = (repo: string, target: string) =>
  sh('pre-commit', ['try-repo', repo, 'phi-lint'], target, { PRE_COMMIT_COLOR: 'never', PRE_COMMIT_HOME: mkdtempSync(path.join(tmpdir(), 'phi-lint-precommit-home-')) });

describe('.pre-commit-hooks.yaml', () => {
  it('runs phi-lint serially on exactly the post file types it lints', () => {
    expect(hook).toMatchObject({ id: 'phi-lint', entry: 'phi-lint', language: 'node', types: ['text'], require_serial: true });
    for (const ext of DEFAULT_EXTENSIONS) expect(`content/post${ext.toUpperCase()}`).toMatch(filesPattern);
    for (const other of ['notes.yaml', 'script.py', 'index.html', 'post.md.bak', 'README']) expect(other).not.toMatch(filesPattern);
  });
});

describe('pre-commit try-repo with the real pre-commit', { timeout: 600_000 }, () => {
  it.skipIf(!HAS_PRE_COMMIT)(`fails a commit with unsafe staged posts (one report) and passes a safe one${SKIPPED}`, () => {
    const repo = committedPackage('phi-lint-precommit-hook-'); // try-repo clones it, installs it with npm, packs it
    // Six posts: enough for pre-commit to split them over parallel runs (at least 4 files each) unless the hook is serial.
    const posts = { 'one.md': UNSAFE, 'two.txt': UNSAFE, 'three.json': JSON.stringify({ text: UNSAFE }), 'four.md': UNSAFE, 'five.markdown': UNSAFE, 'six.TXT': UNSAFE };
    const unsafe = tryRepo(repo, repoWithStaged(posts));
    expect(unsafe.status, unsafe.stdout + unsafe.stderr).toBe(1);
    for (const name of Object.keys(posts)) expect(unsafe.stdout).toContain(name);
    expect(unsafe.stdout.match(/\d+ problems? \(/g), 'require_serial: one phi-lint run, one summary').toHaveLength(1);
    expect(unsafe.stdout).not.toContain('4410022');

    const safe = tryRepo(repo, repoWithStaged({ 'post.md': SAFE, 'notes.yaml': `note: ${UNSAFE}` }));
    expect(safe.status, safe.stdout + safe.stderr).toBe(0);
    expect(safe.stdout).toMatch(/phi-lint\.+Passed/);
  });
});
