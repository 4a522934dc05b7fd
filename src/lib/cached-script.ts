import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { readText } from './read-text.js';

/**
 * Runs the CLI bundle (CommonJS, dist/bundle/cli.cjs) with V8's code cache,
 * kept beside it (`cli.cjs.cache`, made at build time by
 * scripts/code-cache.js after a warm-up lint, so it holds the functions a
 * small run compiles too). Node 20 has no compile cache of its own
 * (module.enableCompileCache is Node 22), and compiling the 850 KB bundle
 * and the functions a one-file run calls is about a fifth of that run.
 * A cache made by another Node version (or with other V8 flags) is rejected
 * by V8 and the bundle is compiled as usual: slower, never different.
 */

/** The wrapper Node puts around a CommonJS file, plus the ES module loader for the few packages only loadable as ES modules. */
const WRAP = ['(function (exports, require, module, __filename, __dirname, __PHI_LINT_IMPORT__) {', '\n})'];

export interface CachedScript {
  exports: Record<string, unknown>;
  /** The code cache as it is now (after running more of the code, it holds more functions). */
  cachedData(): Buffer;
  rejected: boolean;
}

/** `importEsm`: the caller's `import()`, which a vm.Script cannot use (Node 20 needs --experimental-vm-modules). */
export function runCached(file: string, importEsm: (specifier: string) => Promise<unknown>): CachedScript {
  const source = readText(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // Not built (or removed): compiled as any module is.
  }
  const script = new vm.Script(WRAP[0] + source + WRAP[1], { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), importEsm);
  return { exports: module.exports, cachedData: () => script.createCachedData(), rejected: cachedData !== undefined && script.cachedDataRejected === true };
}
