#!/usr/bin/env node
// Build step after bundle.js: V8's code cache of the CLI bundle
// (dist/bundle/cli.cjs.cache), which its loader (src/lib/cached-script.ts)
// hands V8 so that a run does not compile the bundle again. It is taken after
// a warm-up lint of the example drafts, so it also holds the functions a
// small run compiles on first call. Valid for this Node version only: another
// one rejects it and compiles the bundle as usual.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCached } from '../dist/lib/cached-script.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist', 'bundle', 'cli.cjs');
const EXAMPLES = path.join(ROOT, 'examples');

// A stale cache would be rejected anyway; without one the bundle is compiled afresh.
rmSync(`${BUNDLE}.cache`, { force: true });
const script = runCached(BUNDLE, (s) => import(s));
const quiet = { write: () => true };
const files = readdirSync(EXAMPLES).filter((f) => /\.(md|json|txt)$/.test(f)).map((f) => path.join(EXAMPLES, f));
// An empty folder as cwd: no config file of this repository applies, as in a fresh project.
const cwd = mkdtempSync(path.join(tmpdir(), 'phi-lint-code-cache-'));
try {
  await script.exports.run(['--concurrency', 'off', ...files], { cwd, env: {}, stdout: quiet, stderr: quiet, readStdin: async () => '', isTTY: false, stderrIsTTY: false });
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
writeFileSync(`${BUNDLE}.cache`, script.cachedData());
