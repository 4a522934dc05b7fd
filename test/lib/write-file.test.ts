import { spawn, execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/lib/errors.js';
import { writeFileAtomic } from '../../src/lib/write-file.js';
import { workspace } from '../helpers/workspace.js';

// Simulates a disk that fills up half-way through a write of "FAIL…" content.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeFileSync = ((file: string, data: string) => {
    if (String(data).startsWith('FAIL')) {
      real.writeFileSync(file, String(data).slice(0, 3));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    return real.writeFileSync(file, data);
  }) as typeof real.writeFileSync;
  return { ...real, writeFileSync, default: { ...real, writeFileSync } };
});

const failure = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
};

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file', () => {
    const dir = workspace({});
    writeFileAtomic('report.json', '{}', dir);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('{}');
  });

  it('a write that fails half-way keeps the old file whole and removes the temporary one', () => {
    const dir = workspace({ 'report.json': 'old report' });
    const err = failure(() => writeFileAtomic('report.json', 'FAIL new report', dir));
    expect(err).toEqual(new UsageError('cannot write "report.json": no space left on the device'));
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('old report');
  });

  it('writes a report given in pieces, and one that fails half-way keeps the old file whole', () => {
    const dir = workspace({ 'report.json': 'old report' });
    writeFileAtomic('new.json', ['{', '"a": 1', '}'], dir);
    expect(readFileSync(path.join(dir, 'new.json'), 'utf8')).toBe('{"a": 1}');
    const err = failure(() => writeFileAtomic('report.json', ['new ', 'FAIL report'], dir));
    expect(err).toEqual(new UsageError('cannot write "report.json": no space left on the device'));
    expect(readdirSync(dir).sort()).toEqual(['new.json', 'report.json']);
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('old report');
  });

  it('a missing folder is one clear error and creates nothing', () => {
    const dir = workspace({});
    const err = failure(() => writeFileAtomic('missing/report.json', '{}', dir));
    expect(err).toEqual(new UsageError('cannot write "missing/report.json": its folder does not exist'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a target that is a folder fails at the rename and the temporary file is removed', () => {
    const dir = workspace({});
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports', 'keep.txt'), 'x');
    const err = failure(() => writeFileAtomic('reports', '{}', dir));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/^cannot write "reports": (it is a folder|EEXIST|ENOTEMPTY)/);
    expect(readdirSync(dir)).toEqual(['reports']);
  });

  it('writes through a symbolic link: the file it points to gets the content, atomically, and the link stays', () => {
    const dir = workspace({ 'reports/real.json': 'old report' });
    symlinkSync('reports/real.json', path.join(dir, 'latest.json'));
    writeFileAtomic('latest.json', '{"new":1}', dir);
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'latest.json'))).toBe('reports/real.json');
    expect(readFileSync(path.join(dir, 'reports/real.json'), 'utf8')).toBe('{"new":1}');
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['real.json']);
  });

  it('a dangling link is written through to the file it names', () => {
    const dir = workspace({});
    symlinkSync('new.json', path.join(dir, 'latest.json'));
    writeFileAtomic('latest.json', '{}', dir);
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'new.json'), 'utf8')).toBe('{}');
  });

  it.skipIf(process.platform === 'win32')('a named pipe is written to, never renamed over', async () => {
    const dir = workspace({});
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk) => (read += chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    writeFileAtomic('pipe', 'the report', dir);
    await closed;
    expect(read).toBe('the report');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it.skipIf(process.platform === 'win32')('a device is written to, never replaced (as root a rename would replace /dev/null)', () => {
    writeFileAtomic('/dev/null', 'the report', '/');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
