import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, toDisplay } from '../../src/read/discover.js';
import { workspace } from '../helpers/workspace.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const temp = tempWorkspaces();

describe('discover', () => {
  it('walks a folder for the known extensions as written, minus dot entries, node_modules and .gitignore matches', () => {
    const dir = workspace({
      'posts/a.md': 'x',
      'posts/b.txt': 'x',
      'posts/c.json': '{}',
      'posts/d.markdown': 'x',
      'posts/e.MD': 'x',
      'posts/f.png': 'x',
      'posts/.draft.md': 'x',
      'posts/node_modules/g.md': 'x',
      'posts/old/h.md': 'x',
      'posts/.gitignore': 'old/\n',
    });
    expect(discover(['posts'], { cwd: dir })).toEqual(['posts/a.md', 'posts/b.txt', 'posts/c.json', 'posts/d.markdown']);
  });

  it('takes a glob through the glob engine, and a named file whatever its extension', () => {
    const dir = workspace({ 'posts/a.md': 'x', 'posts/sub/b.md': 'x', 'posts/c.txt': 'x', 'notes.log': 'x' });
    expect(discover(['posts/**/*.md'], { cwd: dir })).toEqual(['posts/a.md', 'posts/sub/b.md']);
    expect(discover(['notes.log'], { cwd: dir })).toEqual(['notes.log']);
  });
});

describe('discover and images', () => {
  it('finds image files by a glob that names their extension, never by a walk or a glob for everything', () => {
    const dir = temp({ 'posts/a.md': 'x', 'posts/img/b.jpg': 'x', 'posts/img/c.PNG': 'x', 'posts/img/d.webp': 'x', 'posts/png-notes/e.md': 'x' });
    expect(discover(['posts/**/*.{jpg,png,PNG}'], { cwd: dir })).toEqual(['posts/img/b.jpg', 'posts/img/c.PNG']);
    expect(discover(['posts/img/*.webp'], { cwd: dir })).toEqual(['posts/img/d.webp']);
    expect(discover(['posts/**'], { cwd: dir })).toEqual(['posts/a.md', 'posts/png-notes/e.md']);
    expect(discover(['posts'], { cwd: dir })).toEqual(['posts/a.md', 'posts/png-notes/e.md']);
  });
});

describe('toDisplay', () => {
  /** What reports showed before the shortcut for paths under cwd: path.relative, kept when it stays inside. */
  const byRelative = (file: string, cwd: string) => {
    const rel = path.relative(cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  };

  it('gives what path.relative gives, for normal and unusual paths alike', () => {
    const cases: [string, string][] = [
      ['/w/posts/a.md', '/w'],
      ['/w/posts/a.md', '/w/'],
      ['/w/a.md', '/'],
      ['/w/..draft/a.md', '/w'],
      ['/w/./a.md', '/w'],
      ['/w/x/../a.md', '/w'],
      ['/w//a.md', '/w'],
      ['/w/a/', '/w'],
      ['/w', '/w'],
      ['/other/a.md', '/w'],
      ['/wx/a.md', '/w'],
    ];
    for (const [file, cwd] of cases) expect(toDisplay(file, cwd), `${file} from ${cwd}`).toBe(byRelative(file, cwd));
    // Random paths from pieces that path.relative treats specially.
    const pieces = ['a', 'b c', '.', '..', '..x', '.x', 'x..', ''];
    let seed = 7;
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length];
    const randomPath = () => Array.from({ length: 1 + (seed % 4) }, () => '/' + pick()).join('');
    for (let i = 0; i < 5000; i++) {
      const cwd = randomPath();
      const file = i % 3 ? cwd + randomPath() : randomPath();
      expect(toDisplay(file, cwd), `${file} from ${cwd}`).toBe(byRelative(file, cwd));
    }
  });
});
