import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCached } from '../../src/lib/cached-script.js';

const BUNDLE = `const path = require('node:path');
module.exports.where = path.basename(__filename);
module.exports.twice = (n) => n * 2;
module.exports.load = () => __PHI_LINT_IMPORT__('node:os');
`;

describe('runCached', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-cached-script-'));
  const file = path.join(dir, 'bundle.cjs');
  writeFileSync(file, BUNDLE);
  const importEsm = (s: string) => import(s);

  it('runs a CommonJS file without a cache, and its code cache is accepted by the next run', () => {
    const first = runCached(file, importEsm);
    expect(first.exports.where).toBe('bundle.cjs');
    expect((first.exports.twice as (n: number) => number)(21)).toBe(42);
    writeFileSync(`${file}.cache`, first.cachedData());
    const second = runCached(file, importEsm);
    expect(second.rejected).toBe(false);
    expect((second.exports.twice as (n: number) => number)(2)).toBe(4);
  });

  it('passes the caller its import() for ES modules', async () => {
    const { exports } = runCached(file, importEsm);
    expect(typeof ((await (exports.load as () => Promise<{ cpus: unknown }>)()).cpus)).toBe('function');
  });

  it('compiles as usual when the cache is not one V8 accepts (another Node, a damaged file)', () => {
    // Another text than above: V8 would answer a source it compiled already in this process from memory.
    const other = path.join(dir, 'other.cjs');
    writeFileSync(other, `${BUNDLE}module.exports.other = true;\n`);
    writeFileSync(`${other}.cache`, 'not a code cache');
    const run = runCached(other, importEsm);
    expect(run.rejected).toBe(true);
    expect((run.exports.twice as (n: number) => number)(5)).toBe(10);
  });
});
