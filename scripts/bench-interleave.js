#!/usr/bin/env node
// `node scripts/bench-interleave.js OTHER_ROOT [rounds] [posts]`: warm
// in-process CPU of two builds (another checkout's, e.g. main built in a
// copy, and this one), both imported into one process and run in turn
// (ABBA), so both see the same minutes of a shared machine. Separate
// processes alternating could not resolve a 5% change at a load average of
// 4-6 on 2 cores (docs/performance.md, thirteenth session); per-round ratios
// of one process could.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './corpus.js';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [other, rounds = '12', posts = '1000'] = process.argv.slice(2);
if (!other) throw new Error('usage: bench-interleave.js OTHER_ROOT [rounds] [posts]');

const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-interleave-'));
writeCorpus(path.join(dir, 'corpus'), Number(posts));
const load = async (root) => (await import(pathToFileURL(path.join(path.resolve(root), 'dist', 'api.js')).href)).lintFiles;
const builds = { other: await load(other), this: await load(HERE) };

/** CPU seconds of one warm run over the corpus. */
async function run(name) {
  const c0 = process.cpuUsage();
  await builds[name](['corpus'], { cwd: dir, concurrency: 'off' });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

for (const name of ['other', 'this', 'other', 'this']) await run(name); // warm-up: JIT, lazy tables
const times = { other: [], this: [] };
for (let i = 0; i < Number(rounds); i++) {
  for (const name of i % 2 ? ['this', 'other'] : ['other', 'this']) times[name].push(await run(name));
}
rmSync(dir, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const ratios = times.this.map((t, i) => t / times.other[i]);
console.log(`load average ${loadavg()[0].toFixed(1)}; ${rounds} rounds of ${posts} posts`);
console.log(`other: median ${median(times.other).toFixed(3)} s; this: median ${median(times.this).toFixed(3)} s`);
console.log(`this / other: median of the rounds ${median(ratios).toFixed(3)}, total ${(sum(times.this) / sum(times.other)).toFixed(3)}`);
