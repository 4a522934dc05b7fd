import { closeSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** Why a write failed, in plain words (the code alone for the rare ones). */
const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/**
 * Every file phi-lint writes (reports, baselines, the cache) goes through
 * here. A regular file is written to a temporary file beside it, then
 * renamed over it, so a failure never leaves a truncated file (and leaves no
 * temporary one). A symbolic link is written through: the file it points to
 * gets the content (atomically when it is a regular file), the link stays.
 * Anything else that exists (`/dev/stdout`, a named pipe, a device) is
 * written to directly, never renamed over. A failure is a UsageError: one
 * clear line, exit 2.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string>, cwd: string): void {
  const given = path.resolve(cwd, file);
  let tmp: string | undefined;
  try {
    const target = writeTarget(given);
    if (target.stream) return writeAll(given, content);
    tmp = `${target.path}.${process.pid}.${Date.now()}.tmp`;
    writeAll(tmp, content);
    renameSync(tmp, target.path);
  } catch (err) {
    if (tmp) removeQuietly(tmp);
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot write "${file}": ${REASONS[code] ?? (code || (err as Error).message)}`);
  }
}

/** Writes the content whole, or piece by piece (a large report is never held whole). */
function writeAll(file: string, content: string | Uint8Array | Iterable<string>): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFileSync(file, content);
  const fd = openSync(file, 'w');
  try {
    // writeFileSync on a descriptor writes all of each piece (a pipe can take less per write).
    for (const piece of content) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** Where to write `file`: the real path behind its links, or `stream` for what is not a regular file. */
function writeTarget(file: string): { path: string; stream?: boolean } {
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    // Nothing there yet: a new file, unless a dangling link is there, which is written through.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return lstatIfAny(file)?.isSymbolicLink() ? { path: file, stream: true } : { path: file };
  }
  if (!stat.isFile()) return { path: file, stream: true };
  // /dev/stdout and /proc/self/fd/1 redirected to a file: write to the open file, never rename over it.
  if (/^\/(dev|proc)\//.test(file)) return { path: file, stream: true };
  return { path: lstatIfAny(file)?.isSymbolicLink() ? realpathSync(file) : file };
}

function lstatIfAny(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // The write failed already; that is the error worth reporting.
  }
}
