#!/usr/bin/env node
// `npm run build` (and `prepack` with --clean): compile with tsc, prebuild the
// built-in data, bundle the CLI and take its code cache (see build-packs.js,
// bundle.js, code-cache.js). Every step's output goes to stderr: `npm pack` prints the tarball's name on stdout, and
// tools read that line (pre-commit's node hooks run `npm pack`).
// --clean empties dist/ first, so a tarball never ships a module whose source
// was deleted since the last build.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STEPS = [
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
  ['scripts/build-packs.js'],
  ['scripts/build-schema.js'],
  ['scripts/bundle.js'],
  ['scripts/code-cache.js'],
];

if (process.argv.includes('--clean')) rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
for (const [script, ...args] of STEPS) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    console.error(`build: ${script} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}
