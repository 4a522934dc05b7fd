import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeWalkFs, type WalkProblem } from '../../src/sources/safe-fs.js';
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
