#!/usr/bin/env node
// `prepare`: npm runs it after `npm install` / `npm ci` in a clone and when it
// installs phi-lint from a git URL, never when it installs a packed tarball
// (the tarball carries dist/, built by `prepack`). It builds dist/ when the
// dev dependencies are there, and otherwise says why it did not instead of
// failing the install: `npm ci --omit=dev` in a clone has no tsc.
// (`npm install -g git+...` cannot work while npm links global git installs
// to a temporary clone, npm/cli#4148; README "Install" gives the ways that do.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const has = (file) => existsSync(path.join(ROOT, file));

const command = process.env.npm_command;
if (command === 'pack' || command === 'publish') process.exit(0); // prepack builds afresh

if (!has('node_modules/typescript/package.json')) {
  const built = has('dist/bundle/cli.js') ? 'using the dist/ already there' : 'dist/ is missing, so bin/phi-lint.js will not run';
  console.error(`phi-lint: dev dependencies not installed, build skipped (${built}). Run \`npm ci\` with dev dependencies, or install a release tarball (\`npm pack\`).`);
  process.exit(0);
}

const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
