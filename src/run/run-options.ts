import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResolverOptions } from '../config/resolve.js';
import { UsageError } from '../lib/errors.js';
import { PACKAGE_ROOT } from '../lexicons/files.js';
import { VERSION } from '../lib/version.js';
import { dataHash } from '../lexicons/builtin-data.js';

export type Concurrency = 'auto' | 'off' | number;

/** Workers run the bundled build (tests run src/, but a worker thread needs JavaScript; one file starts fastest). */
export const WORKER_URL = pathToFileURL(path.join(PACKAGE_ROOT, 'dist', 'bundle', 'worker.js'));

/**
 * A worker's heap: a second isolate otherwise lets its heap grow as the main
 * thread's does, and the two took a 5,000-post run from about 205 MB of peak
 * RSS (main thread alone) to 265-310 MB; with these limits, 225-235 MB at no
 * measurable CPU cost (docs/performance.md). A worker that needs more runs
 * out of memory and the main thread lints its files (run/pool.ts).
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 12 };

/**
 * Files per thread before another one starts. A worker's start-up (loading
 * the rules and word tables, then warming up its JIT) took 0.55-0.6 s of CPU
 * more than the main thread alone on 100-200 bench posts; the main thread
 * lints about 300-500 such posts a second, so a worker that joins after
 * 0.6 s has only gained time on runs of a few hundred posts or more
 * (docs/performance.md). Below, it only burns a core the machine's other users need.
 */
const FILES_PER_EXTRA_WORKER = 150;

export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new UsageError(`--concurrency expects "auto", "off" or a number of threads (got "${value}")`);
}

/** What `auto` looks at: the cores, and how many of them other processes keep busy (the 1-minute load average). */
export interface Machine {
  cores: number;
  load: number;
}

const thisMachine = (): Machine => ({ cores: availableParallelism(), load: loadavg()[0] });

/**
 * How many threads to run, the main thread included (it lints too, run/pool.ts):
 * 1 means the main thread only. `auto` starts no worker when the load
 * average already reaches the cores: on a machine that busy, another isolate
 * (each one loads the rules and warms up its JIT anew) would only take turns
 * with the others and make the run slower than the main thread alone.
 */
export function workerCount(concurrency: Concurrency | undefined, files: number, machine: () => Machine = thisMachine): number {
  if (concurrency === 'off' || concurrency === 1) return 1;
  if (typeof concurrency === 'number') return Math.min(concurrency, files);
  const byFiles = Math.floor(files / FILES_PER_EXTRA_WORKER);
  if (byFiles < 2) return 1;
  const { cores, load } = machine();
  return load >= cores ? 1 : Math.min(cores, byFiles);
}

/** The resolver options as plain data for a worker thread. */
export function resolverOptions(options: Omit<ResolverOptions, 'cwd'> & { cwd?: string }, cwd: string): ResolverOptions {
  const { configFile, configLookup, inlineConfig, today, rulePacks, noBuiltin, images, ignorePatterns } = options;
  return { cwd, configFile, configLookup, inlineConfig, today, rulePacks, noBuiltin, images, ignorePatterns };
}

/**
 * The cache is valid for one tool version, one state of the built-in data
 * (the hash that keys the prebuilt file: every file under rules/ and data/,
 * packs, word lists, cue tables, and the rule schema) and one set of added
 * rule packs; per-file config is part of each entry's hash.
 */
export function cacheKey(options: { rulePacks?: string[] }, cwd: string): string {
  const hash = createHash('sha256').update(VERSION).update(dataHash());
  const files = (options.rulePacks ?? []).map((p) => path.resolve(cwd, p));
  for (const file of files) {
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update(`missing:${file}`);
    }
  }
  return hash.digest('hex');
}
