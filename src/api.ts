import path from 'node:path';
import type { CompiledRule } from './detectors/types.js';
import { lintFile, lintString } from './engine/lint-file.js';
import { toReport } from './engine/summary.js';
import { builtinPacks } from './packs/builtin.js';
import { loadPacks } from './packs/load.js';
import { discover } from './sources/discover.js';
import { stripBom } from './text/decode.js';
import type { FileResult, LintReport } from './types.js';

export type { FileResult, Finding, LintReport, Severity, Summary } from './types.js';
export { maskResults } from './engine/mask.js';
export { exitCodeFor } from './engine/summary.js';

export interface RuleOptions {
  /** Extra pack files added to the built-in packs (`--rules`). */
  rulePacks?: string[];
  /** Leave out the built-in packs (for testing a pack alone). */
  noBuiltin?: boolean;
  cwd?: string;
}

export interface LintFilesOptions extends RuleOptions {
  errorOnUnmatchedPattern?: boolean;
}

let builtinCache: CompiledRule[] | undefined;

/** Compiles the rule set once; built-in packs are cached for the process. */
export function loadRules(options: RuleOptions = {}): CompiledRule[] {
  const cwd = options.cwd ?? process.cwd();
  const builtin = options.noBuiltin ? [] : (builtinCache ??= loadPacks(builtinPacks()));
  if (!options.rulePacks?.length) return builtin;
  const extra = loadPacks(options.rulePacks.map((p) => ({ path: path.resolve(cwd, p), display: p })), builtin);
  return [...builtin, ...extra];
}

/** Lints a string as if it were the file at `filePath` (the extension picks the parser). */
export async function lintText(text: string, options: RuleOptions & { filePath?: string; rules?: CompiledRule[] } = {}): Promise<FileResult> {
  const rules = options.rules ?? loadRules(options);
  return lintString(stripBom(text), options.filePath ?? '<text>', rules);
}

/** Finds files, lints each, and never lets one bad file stop the others. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const rules = loadRules(options);
  const results: FileResult[] = [];
  const onUnreadable = (folder: string, code: string) => results.push({ filePath: folder, findings: [], fatal: [`0:0: cannot read folder (${code})`] });
  const files = discover(patterns.length ? patterns : ['.'], { cwd, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern, onUnreadable });
  for (const file of files) results.push(await lintFile(file, cwd, rules));
  return toReport(results);
}
