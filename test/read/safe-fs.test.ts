import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeWalkFs, walkFiles, type WalkProblem } from '../../src/read/safe-fs.js';
import { workspace } from '../helpers/workspace.js';

describe('safeWalkFs', () => {
  it('lists each real folder once, whatever link leads to it', () => {
    const dir = workspace({ 'a/x.md': 'x' });
    symlinkSync('.', path.join(dir, 'a/again'));
    const problems: WalkProblem[] = [];
    const fs = safeWalkFs(problems);
    expect((fs.readdirSync(path.join(dir, 'a')) as string[]).sort()).toEqual(['again', 'x.md']);
    expect(fs.readdirSync(path.join(dir, 'a/again'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('records a folder it cannot list instead of throwing; a vanished one is not a problem', () => {
    const dir = workspace({ 'file.md': 'x' });
    const problems: WalkProblem[] = [];
    const fs = safeWalkFs(problems);
    expect(fs.readdirSync(path.join(dir, 'file.md'))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'gone'))).toEqual([]);
    expect(problems).toEqual([{ path: path.join(dir, 'file.md'), code: 'ENOTDIR' }]);
  });
});

describe('walkFiles', () => {
  it('finds what fast-glob finds for folder/**/* (dot entries, node_modules and .git skipped, links followed once)', async () => {
    const dir = workspace({
      'a/post.md': 'x',
      'a/b/c/deep.txt': 'x',
      'a/.hidden/secret.md': 'x',
      'a/.dotfile.md': 'x',
      'a/node_modules/pkg/readme.md': 'x',
      'a/b/node_modules/x.md': 'x',
      '.git/config.md': 'x',
      'a/UPPER.MD': 'x',
      'a/notes.markdown': 'x',
      'a/data.json': '{}',
      'a/b/plain': 'x',
      'outside/linked.md': 'x',
    });
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'a/link-to-outside'));
    symlinkSync(path.join(dir, 'outside/linked.md'), path.join(dir, 'a/file-link.md'));
    symlinkSync(path.join(dir, 'missing.md'), path.join(dir, 'a/broken.md'));
    symlinkSync('..', path.join(dir, 'a/b/loop'));
    const fg = (await import('fast-glob')).default;
    const problems: WalkProblem[] = [];
    const walked = walkFiles(dir, problems).sort();
    const globbed = fg
      .sync(`${fg.convertPathToPattern(dir)}/**/*`, { ignore: ['**/node_modules/**', '**/.git/**'], dot: false, absolute: true, followSymbolicLinks: true, suppressErrors: true, fs: safeWalkFs([]) })
      .map((f) => path.normalize(f))
      .sort();
    expect(walked).toEqual(globbed);
    // The linked folder is listed once, under the path the breadth-first walk reaches first.
    const relative = walked.map((f) => path.relative(dir, f));
    expect(relative).toContain(path.join('outside', 'linked.md'));
    expect(relative).not.toContain(path.join('a', 'link-to-outside', 'linked.md'));
    expect(relative).toContain(path.join('a', 'file-link.md'));
    expect(walked.some((f) => f.includes('.hidden') || f.includes('node_modules') || f.endsWith('broken.md'))).toBe(false);
    // A broken link is no file, but it is reported: the post it stood for must not pass silently.
    expect(problems).toEqual([{ path: path.join(dir, 'a/broken.md'), code: 'broken symbolic link', file: true }]);
    expect(walkFiles(path.join(dir, 'a/node_modules'), [])).toEqual([]);
  });
});
