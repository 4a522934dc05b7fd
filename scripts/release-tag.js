#!/usr/bin/env node
// `npm run release-tag -- v0.1.0`: tags a commit that is HEAD plus a fresh
// build of dist/. Branches never commit dist/ (.gitignore); a release tag
// carries it so that the GitHub Action at that tag installs the runtime
// dependencies only (action.yml). The branch, the index and the working tree
// stay as they are: the tagged commit is written through a temporary index
// and has HEAD as its parent. Push the tag yourself (`git push origin v0.1.0`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const git = (args, env = {}) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
const fail = (message) => {
  console.error(`release-tag: ${message}`);
  process.exit(2);
};

const tag = process.argv[2];
if (!/^v\d+\.\d+\.\d+(-[\w.]+)?$/.test(tag ?? '')) fail('usage: npm run release-tag -- v<major>.<minor>.<patch>');
if (git(['status', '--porcelain', '--untracked-files=no'])) fail('commit or discard your changes first: the tag must be built from HEAD');
if (git(['tag', '--list', tag])) fail(`tag ${tag} already exists`);

execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), '--clean'], { cwd: ROOT, stdio: 'inherit' });

const scratch = mkdtempSync(path.join(tmpdir(), 'phi-lint-release-'));
try {
  const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
  git(['read-tree', 'HEAD'], env);
  git(['add', '--force', 'dist'], env);
  const tree = git(['write-tree'], env);
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `phi-lint ${tag}: HEAD with the built dist/ (for the GitHub Action)`]);
  git(['tag', tag, commit]);
  console.log(`tagged ${tag} (${commit.slice(0, 12)}): HEAD plus dist/; push it with git push origin ${tag}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
