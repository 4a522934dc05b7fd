import { readFileSync } from 'node:fs';
import { yaml } from '../lib/lazy-modules.js';
import type { z } from 'zod';
import { compileRule } from '../detect/index.js';
import type { RegexEngine } from '../text/regex.js';
import { RuleCompileError, type CompiledRule } from '../model/rule.js';
import { LocatedError, located } from '../lib/errors.js';
import { CATEGORIES } from '../model/types.js';
import { locate } from './locate.js';
import { plainIssue, unknownKey } from './plain-issues.js';
import { yamlData } from './yaml-data.js';
import { packSchema, ruleSchema, type RuleSpec } from '../model/rule-spec.js';

/** A pack file to load. Only `trusted` (built-in, reviewed) packs run native JavaScript regexes. */
export interface PackFile {
  path: string;
  display?: string;
  trusted?: boolean;
}

/**
 * Loads YAML rule packs strictly. Every problem in every pack is collected
 * and reported as `file:line:col: message` so one run shows them all. A rule
 * id may not repeat one in these packs or in `loaded`.
 */
export function loadPacks(files: PackFile[], loaded: CompiledRule[] = []): CompiledRule[] {
  const problems: string[] = [];
  // Ids of rules already loaded (the built-in packs) are taken too.
  const seen = new Map<string, string>(loaded.map((r) => [r.spec.id, r.pack]));
  const rules: CompiledRule[] = [];
  for (const file of files) {
    const display = file.display ?? file.path;
    let text: string;
    try {
      text = readFileSync(file.path, 'utf8');
    } catch (err) {
      problems.push(`${display}: cannot read rule pack (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      continue;
    }
    rules.push(...parsePack(text, display, seen, problems, file.trusted ? 'native' : 're2'));
  }
  if (problems.length) throw new LocatedError(problems);
  return rules;
}

/** Parses one pack's text; problems are appended, valid rules returned. User packs run on RE2 (see regex.ts). */
export function parsePack(text: string, file: string, seen: Map<string, string>, problems: string[], engine: RegexEngine = 're2'): CompiledRule[] {
  const counter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (path: PropertyKey[], message: string, key?: string) => {
    const { line, col } = locate(doc, counter, path, key);
    problems.push(located(file, line, col, message));
  };
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const { line, col } = counter.linePos(e.pos[0]);
      problems.push(located(file, line, col, `invalid YAML: ${e.message.split('\n')[0]}`));
    }
    return [];
  }
  const built = yamlData(doc, counter);
  if (!built.ok) {
    problems.push(located(file, built.line, built.col, built.message));
    return [];
  }
  const pack = packSchema.safeParse(built.value ?? {});
  if (!pack.success) {
    report(pack.error.issues, [], at, { schema: packSchema.schema(), input: built.value ?? {} });
    return [];
  }
  const categories = new Set<string>([...CATEGORIES, ...(pack.data.categories ?? [])]);
  const rules: CompiledRule[] = [];
  pack.data.rules.forEach((raw, i) => {
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) return report(parsed.error.issues, ['rules', i], at, { schema: ruleSchema.schema(), input: raw });
    const spec = parsed.data as RuleSpec;
    const rule = checkRule(spec, ['rules', i], { file, engine }, seen, categories, at);
    if (rule) rules.push(rule);
  });
  return rules;
}

function checkRule(
  spec: RuleSpec,
  path: PropertyKey[],
  { file, engine }: { file: string; engine: RegexEngine },
  seen: Map<string, string>,
  categories: Set<string>,
  at: (path: PropertyKey[], message: string) => void,
): CompiledRule | undefined {
  const first = seen.get(spec.id);
  if (first) {
    at([...path, 'id'], `duplicate rule id "${spec.id}" (first defined in ${first})`);
    return undefined;
  }
  seen.set(spec.id, file);
  if (!categories.has(spec.category)) {
    at([...path, 'category'], `unknown category "${spec.category}" (declare it under "categories:" for a non-PHI pack)`);
    return undefined;
  }
  try {
    return compileRule(spec, file, engine);
  } catch (err) {
    if (!(err instanceof RuleCompileError)) throw err;
    at([...path, ...err.path], err.message);
    return undefined;
  }
}

/**
 * Zod issues as located problems in plain words (plain-issues.ts): `schema`
 * and `input` are what was validated, for the keys and values around a
 * problem ("did you mean"); `base` is where `input` sits in the file.
 */
export function report(
  issues: z.core.$ZodIssue[],
  base: PropertyKey[],
  at: (p: PropertyKey[], m: string, key?: string) => void,
  { schema, input }: { schema: unknown; input: unknown },
) {
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) at(path, unknownKey(key, issue.path, schema, input), key);
      continue;
    }
    const message = plainIssue(issue, schema, input);
    const name = issue.path.join('.');
    if (!name) at(path, message);
    else at(path, message.startsWith('missing') ? `"${name}" is ${message}` : `"${name}": ${message}`);
  }
}
