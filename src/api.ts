import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledRule } from './detectors/types.js';
import { lintSource } from './engine/lint-source.js';
import { toReport } from './engine/summary.js';
import { builtinPacks } from './packs/builtin.js';
import { loadPacks } from './packs/load.js';
import { discover } from './sources/discover.js';
import { readStaged, stagedFiles } from './sources/staged.js';
import { decode, stripBom } from './text/decode.js';
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
  /** Lint what `git commit` would record: the index content of staged files; patterns become git pathspecs. */
  staged?: boolean;
  /** Rules compiled by the caller (the CLI describes them in reports); default: loadRules(options). */
  rules?: CompiledRule[];
}

let builtinCache: CompiledRule[] | undefined;

/** Compiles the rule set once; built-in packs are cached for the process. */
export function loadRules(options: RuleOptions = {}): CompiledRule[] {
  const cwd = options.cwd ?? process.cwd();
  const builtin = options.noBuiltin ? [] : (builtinCache ??= loadPacks(builtinPacks()));
  if (!options.rulePacks?.length) return builtin;
  const extra = loadPacks(options.rulePacks.map((p) => ({ path: path.resolve(cwd, p), display: p })));
  return [...builtin, ...extra];
}

/** Lints a string as if it were the file at `filePath` (the extension picks the parser). */
export async function lintText(text: string, options: RuleOptions & { filePath?: string; rules?: CompiledRule[] } = {}): Promise<FileResult> {
  const rules = options.rules ?? loadRules(options);
  return lintSource(stripBom(text), options.filePath ?? '<text>', rules);
}

/** Finds files, lints each, and never lets one bad file stop the others. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? loadRules(options);
  const results: FileResult[] = [];
  if (options.staged) {
    for (const file of stagedFiles(cwd, patterns)) results.push(await lintFile(file.filePath, async () => readStaged(cwd, file), rules));
    return toReport(results);
  }
  const files = discover(patterns.length ? patterns : ['.'], { cwd, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
  for (const file of files) results.push(await lintFile(file, () => readFile(path.resolve(cwd, file)), rules));
  return toReport(results);
}

async function lintFile(file: string, read: () => Promise<Uint8Array>, rules: CompiledRule[]): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { filePath: file, findings: [], fatal: [`0:0: cannot read file (${code ?? (err as Error).message})`] };
  }
  const { text } = decode(bytes);
  return lintSource(text, file, rules);
}
