import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Looked for in this order in each folder; the first one present is that folder's config. */
export const CONFIG_FILES = ['.phi-lint.yaml', '.phi-lint.yml', '.phi-lint.json', 'package.json'] as const;

/** The key that holds phi-lint settings inside package.json. */
export const PACKAGE_KEY = 'phi-lint';

/** The config file in `dir`, if any. A package.json counts only when it has a "phi-lint" key. */
export function configIn(dir: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    if (name !== 'package.json' || hasPackageKey(file)) return file;
  }
  return undefined;
}

function hasPackageKey(file: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof pkg === 'object' && pkg !== null && Object.hasOwn(pkg, PACKAGE_KEY);
  } catch {
    return false; // a broken package.json is npm's problem, not a phi-lint config
  }
}

/**
 * Config files that apply to files in `dir`, nearest first: one per folder
 * from `dir` up to the filesystem root, stopping after a config with
 * `root: true` (`isRoot` tells, having loaded it).
 */
export function configChain(dir: string, isRoot: (file: string) => boolean): string[] {
  const chain: string[] = [];
  for (let current = path.resolve(dir); ; ) {
    const file = configIn(current);
    if (file) {
      chain.push(file);
      if (isRoot(file)) break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain;
}
