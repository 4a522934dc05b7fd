import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * CLI tests spawn bin/phi-lint.js, which runs the bundle in dist/: build it
 * once so they test the current source. Every temporary folder of the run
 * (the tests', the CLI's, the workers') goes under one folder that TMPDIR
 * points to and that is removed at the end, so a run leaves nothing behind.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-packs.js'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.js'], { stdio: 'inherit' });
  const root = mkdtempSync(path.join(tmpdir(), 'phi-lint-test-run-'));
  chmodSync(root, 0o755); // the permission tests run the CLI as another user, who must reach their folders
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
