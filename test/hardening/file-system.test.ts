import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint, ROOT } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const MRN = 'mrn 00482913\n';
const filesOf = (stdout: string) => (JSON.parse(stdout) as { files: { filePath: string }[] }).files.map((f) => f.filePath);

/**
 * Mode 000 does not stop root from reading, so as root the CLI runs as
 * "nobody" (uid 65534) for the permission tests; that needs the repository
 * to be readable by others.
 */
const isRoot = process.getuid?.() === 0;
const worldReadable = (statSync(ROOT).mode & 0o005) === 0o005;
const unprivileged = isRoot ? { uid: 65534, gid: 65534 } : {};

describe('unreadable files and folders', () => {
  it.skipIf(isRoot && !worldReadable)('are fatal problems (exit 2) while every other file is still scanned', () => {
    const cwd = workspace({ 'posts/private/a.txt': MRN, 'posts/locked.txt': MRN, 'posts/ok.txt': MRN });
    chmodSync(cwd, 0o755);
    chmodSync(path.join(cwd, 'posts/private'), 0o000);
    chmodSync(path.join(cwd, 'posts/locked.txt'), 0o000);
    const r = phiLint(['-f', 'json', 'posts'], { cwd, ...unprivileged });
    chmodSync(path.join(cwd, 'posts/private'), 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('phi-lint: posts/private:0:0: cannot read folder (EACCES)\nphi-lint: posts/locked.txt:0:0: cannot read file (EACCES)\n');
    const doc = JSON.parse(r.stdout);
    expect(doc.files.find((f: { filePath: string }) => f.filePath === 'posts/ok.txt').findings).toHaveLength(1);
    expect(doc.summary).toMatchObject({ errors: 1, fatal: 2 });
  });
});

describe('symbolic links', () => {
  it('a folder with symlink loops is walked once, promptly, each file linted once', () => {
    const cwd = workspace({ 'posts/a.md': MRN, 'posts/sub/b.md': MRN });
    const posts = path.join(cwd, 'posts');
    symlinkSync('..', path.join(posts, 'sub/up'));
    for (const name of ['self1', 'self2', 'self3', 'self4']) symlinkSync('.', path.join(posts, name));
    symlinkSync('y.md', path.join(posts, 'x.md')); // x -> y -> x: a link cycle
    symlinkSync('x.md', path.join(posts, 'y.md'));
    symlinkSync('missing.md', path.join(posts, 'dangling.md'));
    for (const target of ['posts', 'posts/**/*.md']) {
      const r = phiLint(['-f', 'json', target], { cwd, timeout: 30_000 });
      expect(r.signal).toBeNull();
      // The link cycle and the dangling link are reported as unreadable (exit 2); the real posts are still linted.
      expect(r.code).toBe(2);
      expect(filesOf(r.stdout)).toEqual(['posts/dangling.md', 'posts/x.md', 'posts/y.md', 'posts/a.md', 'posts/sub/b.md']);
      expect(r.stderr).toContain('posts/dangling.md:0:0: cannot read file (broken symbolic link)');
      expect(r.stderr).toContain('posts/x.md:0:0: cannot read file (symbolic link loop)');
    }
  });
});

describe('paths that are not regular files', () => {
  it.skipIf(process.platform === 'win32')('a broken link, a link loop or a named pipe named on the command line is unreadable (exit 2), without blocking; the files named with it are linted', () => {
    const cwd = workspace({ 'ok.md': MRN, 'posts/b.md': MRN });
    symlinkSync('missing.md', path.join(cwd, 'dangling.md'));
    symlinkSync('loop-b.md', path.join(cwd, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(cwd, 'loop-b.md'));
    execFileSync('mkfifo', [path.join(cwd, 'pipe.md'), path.join(cwd, 'posts/pipe.md')]);
    const r = phiLint(['-f', 'json', 'ok.md', 'dangling.md', 'loop-a.md', 'pipe.md', 'posts'], { cwd, timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'dangling.md:0:0: cannot read file (broken symbolic link)',
        'loop-a.md:0:0: cannot read file (symbolic link loop)',
        'pipe.md:0:0: cannot read file (not a regular file: a named pipe)',
        'posts/pipe.md:0:0: cannot read file (not a regular file: a named pipe)',
      ].map((line) => `phi-lint: ${line}\n`).join(''),
    );
    const doc = JSON.parse(r.stdout);
    for (const file of ['ok.md', 'posts/b.md']) expect(doc.files.find((f: { filePath: string }) => f.filePath === file).findings).toHaveLength(1);
  });
});

describe('paths with spaces and glob characters', () => {
  it('are linted when named on the command line, as files or folders', () => {
    const cwd = workspace({ 'post [draft].md': MRN, 'drafts (old) {v2}/a b.md': MRN, 'notes/!what?*.txt': MRN, 'post d.md': MRN });
    const r = phiLint(['-f', 'json', 'post [draft].md', 'drafts (old) {v2}', 'notes'], { cwd });
    expect(r.code).toBe(1);
    expect(filesOf(r.stdout)).toEqual(['drafts (old) {v2}/a b.md', 'notes/!what?*.txt', 'post [draft].md']);
  });

  it('a folder whose own path has glob characters is walked', () => {
    const cwd = workspace({ 'x/[a]/*/p.md': MRN });
    mkdirSync(path.join(cwd, 'x/[a]/empty'));
    const r = phiLint(['-f', 'json', '.'], { cwd: path.join(cwd, 'x/[a]') });
    expect(filesOf(r.stdout)).toEqual(['*/p.md']);
  });
});

describe('patterns that match nothing', () => {
  it('exit 2 with one clear line, unless --no-error-on-unmatched-pattern', () => {
    const cwd = workspace({ 'a.txt': MRN, 'data/table.csv': MRN });
    for (const [pattern, hint] of [['missing/*.md', ''], ['data', 'it holds files with other extensions (.csv), which --ext adds; ']]) {
      const r = phiLint([pattern], { cwd });
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toBe(`phi-lint: no files matching "${pattern}" were found (${hint}use --no-error-on-unmatched-pattern to allow this)\n`);
      expect(phiLint(['--no-error-on-unmatched-pattern', pattern], { cwd })).toMatchObject({ code: 0, stdout: '✔ 0 files checked, no problems\n', stderr: '' });
    }
  });
});
