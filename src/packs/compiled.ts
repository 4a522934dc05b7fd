import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRuleLazily } from '../detect/index.js';
import type { CompiledRule } from '../model/rule.js';
import { PACKAGE_ROOT } from '../lexicons/files.js';
import { sha256 } from '../text/sha256.js';
import type { RuleSpec } from '../model/rule-spec.js';

/**
 * The built-in packs, validated at build time (scripts/build-packs.js) and
 * stored as JSON next to the compiled code, so a run starts without parsing
 * and validating YAML. The file carries the hash of each pack's YAML and of
 * the schema module that validated it (defaults included): an edited pack or
 * schema, or a missing file, makes the loader fall back to YAML.
 */
export const COMPILED_PACKS = path.join(PACKAGE_ROOT, 'dist', 'packs.json');

export interface CompiledPacks {
  version: 1;
  schema: string;
  packs: { display: string; sha256: string; rules: RuleSpec[] }[];
}

/** The schema whose hash validates dist/packs.json: the built module, or the source under a TypeScript runner (then the packs load from YAML). */
const SCHEMA_MODULE = import.meta.url.endsWith('.ts')
  ? fileURLToPath(new URL('../model/rule-spec.ts', import.meta.url))
  : path.join(PACKAGE_ROOT, 'dist', 'model', 'rule-spec.js');
const schemaHash = () => sha256(readFileSync(SCHEMA_MODULE, 'utf8'));

/** The JSON document for these packs and their compiled rules (each rule's `pack` is its file's display name). */
export function compiledPacksJson(files: { path: string; display: string }[], rules: CompiledRule[]): string {
  const doc: CompiledPacks = {
    version: 1,
    schema: schemaHash(),
    packs: files.map((f) => ({
      display: f.display,
      sha256: sha256(readFileSync(f.path, 'utf8')),
      rules: rules.filter((r) => r.pack === f.display).map((r) => r.spec),
    })),
  };
  return JSON.stringify(doc) + '\n';
}

/** The packs' rules when the compiled file matches every pack file exactly (same files, same text); else undefined. */
export function loadCompiledPacks(files: { path: string; display: string }[], file = COMPILED_PACKS): CompiledRule[] | undefined {
  let stored: CompiledPacks;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as CompiledPacks;
  } catch {
    return undefined;
  }
  if (stored.version !== 1 || stored.packs?.length !== files.length || stored.schema !== schemaHash()) return undefined;
  for (let i = 0; i < files.length; i++) {
    const pack = stored.packs[i];
    if (pack.display !== files[i].display) return undefined;
    let text: string;
    try {
      text = readFileSync(files[i].path, 'utf8');
    } catch {
      return undefined;
    }
    if (sha256(text) !== pack.sha256) return undefined;
  }
  return stored.packs.flatMap((pack) => pack.rules.map((spec) => compileRuleLazily(spec, pack.display)));
}
