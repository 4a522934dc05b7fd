import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'phi-lint.js');

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
  /** Options for node itself, before the bin (e.g. `--import` of a preload module). */
  nodeArgs?: string[];
  /** Kill the run after this many milliseconds (the result then has a `signal`). */
  timeout?: number;
  /** Run as this user and group (root can drop privileges to test permissions). */
  uid?: number;
  gid?: number;
}

/** Spawns the real bin, as a user or CI would. */
export function phiLint(args: string[], options: RunOptions = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: options.timeout,
    uid: options.uid,
    gid: options.gid,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}
