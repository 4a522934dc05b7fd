import { UsageError } from '../lib/errors.js';

export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1-based, as CI matrices count). */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects "i/n" with 1 <= i <= n, e.g. --shard 2/4 (got "${value}")`);
  }
  return { index, count };
}

/** FNV-1a over the path: stable across machines, runs and Node versions. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Deterministic partition by path, so a CI matrix of n machines lints every
 * file exactly once whatever order the files are found in.
 */
export function inShard(filePath: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  return fnv1a(filePath.split('\\').join('/')) % shard.count === shard.index - 1;
}
