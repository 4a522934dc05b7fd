import { describe, expect, it, vi } from 'vitest';
import { exitCodeFor, lintFiles, lintText } from '../../src/api.js';
import { workspace } from '../helpers/workspace.js';

// A read error that root cannot provoke with chmod: fail open() for files named "locked*"
// (small files are read with openSync, large ones streamed through fs/promises).
const { locked, eacces } = vi.hoisted(() => ({
  locked: (file: unknown) => String(file).split(/[\\/]/).pop()!.startsWith('locked'),
  eacces: () => Object.assign(new Error('permission denied'), { code: 'EACCES' }),
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (file, ...rest) => {
    if (locked(file)) throw eacces();
    return real.open(file, ...rest);
  };
  return { ...real, open, default: { ...real, open } };
});
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const openSync: typeof real.openSync = (file, ...rest) => {
    if (locked(file)) throw eacces();
    return real.openSync(file, ...rest);
  };
  return { ...real, openSync, default: { ...real, openSync } };
});

describe('lintFiles with a file that cannot be read', () => {
  it('reports it as a fatal problem (exit 2) and still lints the others', async () => {
    const cwd = workspace({ 'locked.txt': 'mrn 00482913', 'ok.txt': 'mrn 00482913' });
    const report = await lintFiles(['.'], { cwd });
    expect(report.files).toEqual([
      { filePath: 'locked.txt', findings: [], fatal: [{ line: 0, column: 0, message: 'cannot read file (EACCES)' }] },
      expect.objectContaining({ filePath: 'ok.txt', findings: [expect.objectContaining({ ruleId: 'identifiers/mrn' })] }),
    ]);
    expect(exitCodeFor(report.summary, -1)).toBe(2);
  });

  it('skips a binary file with a note and no findings', async () => {
    const cwd = workspace({ 'a.txt': Buffer.from([0x6d, 0x72, 0x6e, 0, 0x20]) });
    const report = await lintFiles(['a.txt'], { cwd });
    expect(report.files).toEqual([{ filePath: 'a.txt', findings: [], notes: ['binary file (a NUL byte in its first 8 KB), skipped'] }]);
    expect(exitCodeFor(report.summary, 0)).toBe(0);
  });
});

describe('a file that parses only in part', () => {
  it('keeps each parse problem as an object at its line and column, and still lints the text', async () => {
    const result = await lintText('{\n  "text": "mrn 00482913",\n  oops\n}', { filePath: 'post.json', configLookup: false });
    expect(result.fatal).toEqual([{ line: 3, column: 3, message: expect.stringMatching(/^malformed JSON: /) }]);
    expect(result.findings.map((f) => f.ruleId)).toContain('identifiers/mrn');
  });
});
