#!/usr/bin/env node
// Build step (`npm run build`): bundles the compiled CLI and its worker thread
// into one file each (dist/bundle/), so a run loads two files instead of
// about 120 modules: a pre-commit hook's one-file run starts in about half
// the time. Dependencies stay external (they load from node_modules, several
// only on first use). The library entry (dist/api.js) is not bundled.
// The bundles must stay two folders below the package root (dist/bundle/):
// PACKAGE_ROOT (src/lexicons/files.ts) is found from the module's own path.
// `npm run build` always rebuilds them; a bare `tsc` leaves them stale.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'dist/cli.js', worker: 'dist/engine/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
