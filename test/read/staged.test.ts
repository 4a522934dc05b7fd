import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/lib/errors.js';
import { readStaged, stagedFiles } from '../../src/read/staged.js';
import { phiLint } from '../helpers/cli.js';

const PHI = 'Our patient Rosalind Featherstone was admitted after a stroke. MRN 00571938.\n';
const SAFE = 'Free blood-pressure checks on Saturday at our Westside clinic. Everyone welcome!\n';

beforeAll(() => {
  // A hook running this suite must not point our temporary repositories at its own index.
  for (const name of ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'GIT_PREFIX']) delete process.env[name];
});

/** A fresh repository with one commit, so "staged" means "differs from HEAD". */
function repo(files: Record<string, string> = {}): { dir: string; git: (...args: string[]) => string; write: (name: string, text: string) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-staged-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  git('init', '-q');
  write('README.txt', 'Posts live in posts/.\n');
  for (const [name, text] of Object.entries(files)) write(name, text);
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'initial');
  return { dir, git, write };
}

/** A repository where `name` is staged with one text and then changed to another in the working copy only. */
function stagedThenEdited(name: string, staged: string, working: string) {
  const r = repo();
  r.write(name, staged);
  r.git('add', name);
  r.write(name, working);
  return r;
}

describe('stagedFiles / readStaged', () => {
  it('lists added, modified and renamed post files, not deleted, unstaged or unknown ones', () => {
    const r = repo({ 'posts/old.md': SAFE, 'posts/gone.txt': SAFE, 'posts/keep.txt': SAFE });
    r.write('posts/new post.md', PHI);
    r.write('posts/keep.txt', PHI);
    r.write('posts/data.csv', PHI);
    r.write('posts/unstaged.txt', PHI);
    r.git('add', 'posts/new post.md', 'posts/keep.txt', 'posts/data.csv');
    r.git('mv', 'posts/old.md', 'posts/renamed.md');
    r.git('rm', '-q', 'posts/gone.txt');
    expect(stagedFiles(r.dir).map((f) => f.filePath)).toEqual(['posts/keep.txt', 'posts/new post.md', 'posts/renamed.md']);
    expect(readStaged(r.dir, stagedFiles(r.dir)[0]).toString('utf8')).toBe(PHI);
  });

  it('reports paths relative to a subfolder cwd and narrows by pathspec', () => {
    const r = repo();
    r.write('posts/a.md', PHI);
    r.write('drafts/b.md', PHI);
    r.git('add', '-A');
    const sub = path.join(r.dir, 'posts');
    expect(stagedFiles(sub).map((f) => f.filePath)).toEqual([path.join(r.dir, 'drafts/b.md'), 'a.md']);
    expect(stagedFiles(sub, ['.'])).toEqual([{ filePath: 'a.md', gitPath: 'posts/a.md' }]);
    expect(stagedFiles(r.dir, ['drafts/'])).toEqual([{ filePath: 'drafts/b.md', gitPath: 'drafts/b.md' }]);
  });

  it('reads the index, not the working copy', () => {
    const r = stagedThenEdited('a.txt', PHI, SAFE);
    expect(readStaged(r.dir, stagedFiles(r.dir)[0]).toString('utf8')).toBe(PHI);
  });

  it('is a usage error outside a git repository', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-nogit-'));
    expect(() => stagedFiles(dir)).toThrow(UsageError);
    expect(() => stagedFiles(dir)).toThrow(/--staged needs a git repository/);
    rmSync(dir, { recursive: true });
  });
});

describe('phi-lint --staged', () => {
  it('exits 1 for a staged post with PHI even when the working copy is clean', () => {
    const r = stagedThenEdited('posts/story.md', PHI, SAFE);
    expect(phiLint(['posts/story.md'], { cwd: r.dir }).code).toBe(0);
    const staged = phiLint(['--staged', '-f', 'json'], { cwd: r.dir });
    expect(staged.code).toBe(1);
    const doc = JSON.parse(staged.stdout);
    expect(doc.files.map((f: { filePath: string }) => f.filePath)).toEqual(['posts/story.md']);
    expect(staged.stdout).not.toContain('00571938');
  });

  it('exits 0 for a staged safe post even when the working copy has PHI', () => {
    const r = stagedThenEdited('posts/event.md', SAFE, PHI);
    r.write('posts/untracked.md', PHI);
    expect(phiLint(['posts'], { cwd: r.dir }).code).toBe(1);
    expect(phiLint(['--staged'], { cwd: r.dir })).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
  });

  it('exits 0 with nothing staged, 2 outside a repository or with --stdin', () => {
    expect(phiLint(['--staged'], { cwd: repo().dir })).toMatchObject({ code: 0, stdout: '✔ 0 files checked, no problems\n' });
    const nogit = mkdtempSync(path.join(tmpdir(), 'phi-lint-nogit-'));
    expect(phiLint(['--staged'], { cwd: nogit })).toMatchObject({ code: 2, stderr: expect.stringContaining('--staged needs a git repository') });
    expect(phiLint(['--staged', '--stdin'], { input: SAFE }).code).toBe(2);
  });
});
