import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes via a temporary file and a rename, so a failure never leaves a truncated report. */
export function writeFileAtomic(file: string, content: string, cwd: string): void {
  const target = path.resolve(cwd, file);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
