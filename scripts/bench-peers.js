// The libraries `npm run bench` compares phi-lint with are not dependencies of
// phi-lint, not even dev ones (redact-pii alone pulls in Google Cloud DLP, grpc
// and protobufjs): they are installed on first use into a scratch folder,
// node_modules/.cache/phi-lint-bench-peers/, and reused from there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each peer at an exact version, so that figures compare across runs. */
export const PEERS = { 'redact-pii': '3.4.0' };

export const peerCacheDir = (root) => path.join(root, 'node_modules', '.cache', 'phi-lint-bench-peers');

/** `npm install` of `specs` into `dir` (its own package.json, no lock), npm's output on stderr. */
export function npmInstall(dir, specs) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--omit=dev', ...specs];
  const r = spawnSync(npm, args, { cwd: dir, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`installing ${specs.join(' ')} into ${dir} failed (npm exited ${r.status ?? r.signal})`);
}

const installedVersion = (dir, name) => {
  const file = path.join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
};

/** Imports a benchmark peer from `dir`, installing it there first unless that version is already in place. */
export async function importPeer(name, { dir, install = npmInstall, log = console.log }) {
  const version = PEERS[name];
  if (!version) throw new Error(`${name} is not a benchmark peer (scripts/bench-peers.js)`);
  if (installedVersion(dir, name) === version) {
    log(`${name}@${version}: from ${dir}`);
  } else {
    log(`${name}@${version}: installing it into ${dir} (a benchmark peer, not a dependency of phi-lint; reused by the next runs)`);
    mkdirSync(dir, { recursive: true });
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) writeFileSync(manifest, '{ "name": "phi-lint-bench-peers", "private": true }\n');
    install(dir, [`${name}@${version}`]);
  }
  const require = createRequire(path.join(dir, 'package.json'));
  return import(pathToFileURL(require.resolve(name)).href);
}
