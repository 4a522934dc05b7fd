import { execFileSync } from 'node:child_process';

/** CLI tests spawn bin/phi-lint.js, which runs the bundle in dist/: build it once so they test the current source. */
export default function setup() {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-packs.js'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.js'], { stdio: 'inherit' });
}
