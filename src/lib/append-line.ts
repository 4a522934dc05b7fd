import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/**
 * Append-only JSON Lines files (the audit log, approvals): each line is
 * appended with O_APPEND in one write and flushed to disk (fsync) before
 * the run goes on, so a crash or a concurrent writer never leaves half a
 * line inside the file. A writer that reads the last line before appending
 * (a hash chain) holds `withLock` around both.
 */

const reason = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** Appends `line` (without its newline) to `file`, creating the file and its folder when missing. */
export function appendLine(file: string, line: string, display = file): void {
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(file, 'a');
    writeSync(fd, `${line}\n`);
    fsyncSync(fd);
  } catch (err) {
    throw new UsageError(`cannot append to ${display} (${reason(err)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file's last line (without its newline), read backwards from the end; undefined for a missing or empty file. */
export function lastLine(file: string): { text: string; complete: boolean } | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return undefined;
    const chunks: Buffer[] = [];
    let end = size;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    const complete = last[0] === 0x0a;
    if (complete) end--;
    // Read 64 KiB at a time towards the start until a newline (a run over many files makes a long line).
    while (end > 0) {
      const start = Math.max(0, end - 65536);
      const buf = Buffer.alloc(end - start);
      readSync(fd, buf, 0, buf.length, start);
      const nl = buf.lastIndexOf(0x0a);
      chunks.unshift(nl >= 0 ? buf.subarray(nl + 1) : buf);
      if (nl >= 0) break;
      end = start;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), complete };
  } finally {
    closeSync(fd);
  }
}

/** A lock older than this is left over from a run that crashed: it is taken over. */
const STALE_MS = 30_000;
const WAIT_MS = 60_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` while holding `<file>.lock`, created exclusively (O_EXCL): other
 * phi-lint processes appending to the same file wait their turn.
 */
export function withLock<T>(file: string, fn: () => T, display = file): T {
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  const until = Date.now() + WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot lock ${display} (${reason(err)})`);
    }
    if (isStale(lock)) rmSync(lock, { force: true });
    else if (Date.now() > until) throw new UsageError(`${display} stays locked by another run; remove ${display}.lock if no phi-lint is running`);
    else pause(delay + Math.random() * delay);
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false; // released meanwhile: try again
  }
}
