import { createRequire } from 'node:module';

/**
 * Libraries that only some runs need, loaded on first use from their
 * CommonJS builds: a pre-commit hook linting one named file never walks a
 * folder and has no config, so it should not pay for fast-glob, ignore, zod
 * or the YAML parser at start-up; RE2 only runs the patterns of user packs,
 * libphonenumber-js only reads numbers long enough to be phones, and the
 * language server's libraries only `phi-lint lsp` needs, and the regex parser
 * only reads user packs' patterns (text/anchors.ts).
 *
 * The CLI bundle (scripts/bundle.js) ships each of them prebuilt as one file
 * in dist/bundle/vendor/, which loads in a third of the time the package's
 * dozens of modules take; elsewhere (the library API, tests) they load from
 * node_modules.
 */
const require = createRequire(import.meta.url);

/** Set by the bundler to the vendor folder, relative to the bundle; undeclared elsewhere. */
declare const __PHI_LINT_VENDOR__: string | undefined;
const VENDOR = typeof __PHI_LINT_VENDOR__ === 'string' ? __PHI_LINT_VENDOR__ : undefined;

/** The package names scripts/bundle.js prebuilds. */
export const VENDORED = ['fast-glob', 'ignore', 'yaml', 'zod', 're2js', 'libphonenumber-js', 'vscode-languageserver/node', 'vscode-languageserver-textdocument', '@eslint-community/regexpp'] as const;

function lazy<T>(name: (typeof VENDORED)[number]): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(VENDOR ? `${VENDOR}/${name}.cjs` : name) as T);
}

export const fastGlob = lazy<typeof import('fast-glob')>('fast-glob');
export const ignore = lazy<typeof import('ignore')>('ignore');
export const zod = lazy<typeof import('zod')>('zod');
export const yaml = lazy<typeof import('yaml')>('yaml');
export const re2js = lazy<typeof import('re2js')>('re2js');
export const phoneLib = lazy<typeof import('libphonenumber-js')>('libphonenumber-js');
export const languageServer = lazy<typeof import('vscode-languageserver/node')>('vscode-languageserver/node');
export const textDocuments = lazy<typeof import('vscode-languageserver-textdocument')>('vscode-languageserver-textdocument');
/** The regex parser that finds a user pack's pattern anchors (built-in ones are prebuilt). */
export const regexpp = lazy<typeof import('@eslint-community/regexpp')>('@eslint-community/regexpp');

/**
 * Node's own modules that a one-file run never uses, loaded on first use:
 * worker threads (run/pool.ts) and the HTTP server (`phi-lint serve`) are not
 * in Node's start-up snapshot, and loading them cost about 3 ms of every start.
 */
export const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');
export const http = () => require('node:http') as typeof import('node:http');

/** Set in the CLI bundle by its loader (lib/cached-script.ts): the loader's own `import()`, which code run by vm.Script cannot call. */
declare const __PHI_LINT_IMPORT__: ((specifier: string) => Promise<unknown>) | undefined;

/** A package only loadable as an ES module (compromise: its CommonJS build is another build), imported on first use. */
export const importEsm = <T>(name: 'compromise'): Promise<T> =>
  (typeof __PHI_LINT_IMPORT__ === 'function' ? __PHI_LINT_IMPORT__(name) : import(name)) as Promise<T>;
