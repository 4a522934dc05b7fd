import { describe, expect, it } from 'vitest';
import { discover } from '../../src/sources/discover.js';
import { workspace } from '../helpers/workspace.js';

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
