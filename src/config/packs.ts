import type { CompiledRule } from '../model/rule.js';
import { builtinPacks, ruleDocPath } from '../packs/builtin.js';
import { loadCompiledPacks } from '../packs/compiled.js';
import { loadPacks } from '../packs/load.js';
import type { PackRef } from './load.js';

let builtinCache: CompiledRule[] | undefined;

/** The built-in packs, compiled once per process: from dist/builtin-data.json when it is up to date, else from YAML. */
export function builtinRules(): CompiledRule[] {
  if (builtinCache) return builtinCache;
  const files = builtinPacks();
  const rules = loadCompiledPacks(files) ?? loadPacks(files);
  // Only the built-in rules have a generated page; findings and `phi-lint rules --format json` point to it.
  for (const rule of rules) rule.docs = ruleDocPath(rule.spec.id);
  return (builtinCache = rules);
}

/**
 * A base rule set plus extra packs (deduplicated by path, in order); each
 * combination is compiled once and kept in `cache`.
 */
export function rulesFromPacks(base: CompiledRule[], packs: PackRef[], cache: Map<string, CompiledRule[]>): CompiledRule[] {
  const extra = packs.filter((p, i) => packs.findIndex((q) => q.path === p.path) === i);
  if (!extra.length) return base;
  const key = extra.map((p) => p.path).join('\n');
  let rules = cache.get(key);
  if (!rules) cache.set(key, (rules = [...base, ...loadPacks(extra, base)]));
  return rules;
}
