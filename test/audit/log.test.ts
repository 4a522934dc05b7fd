import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord } from '../../src/audit/log.js';
import type { AuditRecord } from '../../src/audit/record.js';
import { verifyLines } from '../../src/audit/verify.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();

const record = (exitCode: number): AuditRecord => ({
  v: 1,
  time: '2026-12-06T10:00:00.000Z',
  tool: 'phi-lint test',
  rules: 'r',
  config: 'c',
  exitCode,
  summary: { files: 0, errors: 0, warnings: 0, infos: 0, fatal: 0 },
  files: [],
  suppressions: [],
});

/** Runs node without waiting, so several processes overlap. */
const runAsync = (args: string[], cwd: string) =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    child.on('close', resolve);
  });

/** A process that appends `n` records in a tight loop through the built module (test/global-setup.ts builds dist/). */
const appender = (log: string, n: number) => [
  '--input-type=module',
  '-e',
  `const { appendRecord } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'audit', 'log.js'))});
   for (let i = 0; i < ${n}; i++) appendRecord(${JSON.stringify(log)}, { v: 1, pid: process.pid, i, files: [], suppressions: [] }, undefined);`,
];

describe('appendRecord', () => {
  it('numbers runs and chains each line to the one before; the lock is gone afterwards', () => {
    const log = path.join(workspace({}), 'logs', 'audit.jsonl');
    expect([appendRecord(log, record(0), undefined), appendRecord(log, record(1), undefined), appendRecord(log, record(0), undefined)]).toEqual([1, 2, 3]);
    const text = readFileSync(log, 'utf8');
    expect(verifyLines(text, {})).toMatchObject({ lines: 3 });
    expect(text.split('\n').filter(Boolean).map((l) => JSON.parse(l).exitCode)).toEqual([0, 1, 0]);
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('refuses to extend a log whose last line is not a complete record', () => {
    const log = path.join(workspace({}), 'audit.jsonl');
    appendRecord(log, record(0), undefined);
    writeFileSync(log, readFileSync(log, 'utf8') + '{"seq":2,"half');
    expect(() => appendRecord(log, record(0), undefined)).toThrow(/does not end with a complete audit record; nothing was appended/);
  });

  it('takes over a lock left behind by a crashed run', () => {
    const log = path.join(workspace({}), 'audit.jsonl');
    writeFileSync(`${log}.lock`, '');
    const old = new Date(Date.now() - 120_000);
    utimesSync(`${log}.lock`, old, old);
    expect(appendRecord(log, record(0), undefined)).toBe(1);
  });
});

describe('concurrent runs', () => {
  it('several processes appending at once leave whole lines, one chain, every record once', async () => {
    const cwd = workspace({});
    const log = path.join(cwd, 'audit.jsonl');
    const processes = 4;
    const each = 40;
    expect(await Promise.all(Array.from({ length: processes }, () => runAsync(appender(log, each), cwd)))).toEqual(Array(processes).fill(0));
    const text = readFileSync(log, 'utf8');
    expect(verifyLines(text, {})).toEqual({ lines: processes * each, head: expect.any(String), keyed: 0 });
    const records = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: processes * each }, (_, i) => i + 1));
    expect(new Set(records.map((r) => `${r.pid}:${r.i}`)).size).toBe(processes * each);
  }, 60_000);

  it('runs of the CLI with --audit-log at the same time each add one line', async () => {
    const cwd = workspace({ 'posts/a.txt': 'Our flu clinic opens Monday.\n', 'posts/b.txt': 'Free parking on Elm lot.\n' });
    const codes = await Promise.all([0, 1, 2].map((i) => runAsync([BIN, '--audit-log', 'audit.jsonl', `posts/${i % 2 ? 'a' : 'b'}.txt`], cwd)));
    expect(codes).toEqual([0, 0, 0]);
    const text = readFileSync(path.join(cwd, 'audit.jsonl'), 'utf8');
    expect(verifyLines(text, {})).toEqual({ lines: 3, head: expect.any(String), keyed: 0 });
  }, 60_000);
});
