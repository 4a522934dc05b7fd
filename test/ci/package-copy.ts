import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** Not part of a checkout: a copy starts from the sources alone. */
const LOCAL_ONLY = new Set(['node_modules', 'dist', '.git', 'coverage', '.phi-lint-cache']);

export const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
export const TARBALL = `phi-lint-${VERSION}.tgz`;

/**
 * The environment without npm's own `npm_*` variables: when the tests run under
 * `npm test`, those would carry the outer npm's settings into the npm we spawn.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** A copy of the package sources (a clone's content) in a new temporary folder; `withModules` links this worktree's node_modules. */
export function copyPackage(prefix: string, withModules = false): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'phi-lint');
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !LOCAL_ONLY.has(path.relative(ROOT, src).split(path.sep)[0]) });
  if (withModules) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs a command to completion, output as text, in the cleaned environment. */
export function sh(cmd: string, args: string[], cwd: string, extra: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: cleanEnv(extra), maxBuffer: 1 << 26 });
}

/** A copy of the package sources committed to a new git repository, as a user would clone or install it from git. */
export function committedPackage(prefix: string): string {
  const dir = copyPackage(prefix);
  const id = ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false'];
  for (const args of [['init', '-q'], ['add', '-A'], [...id, 'commit', '-qm', 'phi-lint']]) {
    const r = sh('git', args, dir);
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }
  return dir;
}
