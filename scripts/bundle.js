#!/usr/bin/env node
// Build step (`npm run build`): bundles the compiled CLI and its worker thread
// into one file each (dist/bundle/: cli.cjs behind its small loader cli.js,
// worker.js), so a run loads two files instead of
// about 120 modules: a pre-commit hook's one-file run starts in about half
// the time. The small libraries every run loads (commander, chalk, the
// Markdown and JSON parsers) are bundled too; those loaded on first use
// (fast-glob, yaml, zod, libphonenumber-js...) are prebuilt one file each in
// dist/bundle/vendor/. The library entry (dist/api.js) is not bundled.
// The bundles must stay two folders below the package root (dist/bundle/):
// PACKAGE_ROOT (src/lexicons/files.ts) is found from the module's own path.
// `npm run build` always rebuilds them; a bare `tsc` leaves them stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { VENDORED } from '../dist/lib/lazy-modules.js';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build is plain ESM.
  mainFields: ['module', 'main'],
  // Loaded on first use: prebuilt below (src/lib/lazy-modules.ts), or from node_modules (compromise, detect/nlp.ts).
  // The image libraries (src/images/) load only when a post references a local image, from node_modules.
  external: ['compromise', ...VENDORED, 'exifr', 'tesseract.js', '@tesseract.js-data/eng', '@vladmandic/face-api', '@tensorflow/*', 'jpeg-js', 'pngjs'],
  // Non-ASCII characters escaped: an ASCII file is read faster (src/lib/read-text.ts).
  charset: 'ascii',
  metafile: true,
  logLevel: 'warning',
};

// The worker thread: an ES module, as `new Worker(url)` loads it.
const worker = await build({
  ...shared,
  entryPoints: { worker: 'dist/run/worker.js' },
  outdir: 'dist/bundle',
  format: 'esm',
  // Bundled CommonJS (commander) requires Node built-ins: give the ES module a `require`.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  define: { __PHI_LINT_VENDOR__: JSON.stringify('./vendor') },
});

// The CLI: CommonJS, so that its loader (cli.js, src/lib/cached-script.ts) can run it with V8's code cache
// (scripts/code-cache.js). import.meta.url is the file's own URL, as in an ES module.
const cli = await build({
  ...shared,
  entryPoints: { cli: 'dist/cli/index.js' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { __PHI_LINT_VENDOR__: JSON.stringify('./vendor'), 'import.meta.url': '__bundleUrl' },
});

// bin/phi-lint.js imports cli.js: the loader, which runs cli.cjs and passes it its own import() for compromise,
// then has V8 compile regexes once and more cheaply (src/lib/regex-tier.ts).
await build({
  stdin: {
    contents: "import { runCached } from './dist/lib/cached-script.js';\nimport { compileRegexesOnce } from './dist/lib/regex-tier.js';\nimport { fileURLToPath } from 'node:url';\nexport const { run } = runCached(fileURLToPath(new URL('./cli.cjs', import.meta.url)), (s) => import(s)).exports;\ncompileRegexesOnce();\n",
    resolveDir: process.cwd(),
    loader: 'js',
  },
  outfile: 'dist/bundle/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const result = { metafile: { inputs: { ...worker.metafile.inputs, ...cli.metafile.inputs } } };

/**
 * zod's `z` holds every schema kind and 40 locales (45 ms to load); the
 * schemas use a dozen kinds. Its prebuilt file keeps only the `z.<kind>(`
 * calls found in the compiled code, so a new kind is picked up by the next
 * build, and tree shaking drops the rest (about 10 ms to load).
 */
function zodEntry() {
  const kinds = new Set();
  for (const file of readdirSync('dist', { recursive: true })) {
    if (!file.endsWith('.js') || file.startsWith('bundle')) continue;
    for (const m of readFileSync(path.join('dist', file), 'utf8').matchAll(/\bz\.([A-Za-z]+)\(/g)) kinds.add(m[1]);
  }
  const names = [...kinds].sort();
  return `import { ${names.map((n) => `${n} as _${n}`).join(', ')} } from 'zod';\nexport const z = { ${names.map((n) => `${n}: _${n}`).join(', ')} };\n`;
}

// Each library loaded on first use, prebuilt as one CommonJS file: one file to read and compile instead of dozens.
const vendored = await Promise.all(
  VENDORED.map((name) =>
    build({
      stdin:
        name === 'zod'
          ? { contents: zodEntry(), resolveDir: process.cwd(), loader: 'js' }
          : { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd(), loader: 'js' },
      outfile: `dist/bundle/vendor/${name}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      metafile: true,
      logLevel: 'warning',
    }),
  ),
);

// The bundled libraries' licences travel with their code.
const packages = new Set();
for (const input of [result, ...vendored].flatMap((r) => Object.keys(r.metafile.inputs))) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = path.join('node_modules', name);
  const { version, license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${license}`;
  return `${name}@${version}\n\n${text}\n`;
});
writeFileSync('dist/bundle/THIRD-PARTY-NOTICES.txt', `Libraries bundled into cli.cjs, worker.js and vendor/:\n\n${notices.join('\n---\n\n')}`);
