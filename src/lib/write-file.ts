import { renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * Every file phi-lint writes (reports now; baseline, cache and init files
 * later) goes through here: written to a temporary file beside the target,
 * then renamed over it, so a failure never leaves a truncated file (and
 * leaves no temporary one). A failure is a UsageError: one clear line, exit 2.
 */
export function writeFileAtomic(file: string, content: string, cwd: string): void {
  const target = path.resolve(cwd, file);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    removeQuietly(tmp);
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot write "${file}": ${REASONS[code] ?? (code || (err as Error).message)}`);
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // The write failed already; that is the error worth reporting.
  }
}
