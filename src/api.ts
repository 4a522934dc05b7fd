import path from 'node:path';
import type { CompiledRule } from './detectors/types.js';
import { builtinRules } from './config/packs.js';
import { ConfigResolver, type ConfigOptions, type FileSettings } from './config/resolve.js';
import { fromBytes, lintFile, lintString } from './engine/lint-file.js';
import { toReport } from './engine/summary.js';
import { loadPacks } from './packs/load.js';
import { discover } from './sources/discover.js';
import { readStaged, stagedFiles } from './sources/staged.js';
import { openSource, ReadError, type SourceInput } from './io/read-source.js';
import { stripBom } from './text/decode.js';
import type { FileResult, LintReport } from './types.js';

export type { FileResult, Finding, LintReport, Severity, Summary } from './types.js';
export { maskResults } from './engine/mask.js';
export { exitCodeFor } from './engine/summary.js';
export type { ConfigOptions } from './config/resolve.js';

/** Rule packs plus the config options (`.phi-lint.yaml` lookup, `-c`, inline directives). */
export interface RuleOptions extends ConfigOptions {
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

/** Compiles the rule set once; built-in packs are cached for the process. */
export function loadRules(options: RuleOptions = {}): CompiledRule[] {
  const cwd = options.cwd ?? process.cwd();
  const builtin = options.noBuiltin ? [] : builtinRules();
  if (!options.rulePacks?.length) return builtin;
  const extra = loadPacks(options.rulePacks.map((p) => ({ path: path.resolve(cwd, p), display: p })), builtin);
  return [...builtin, ...extra];
}

const resolverFor = (options: RuleOptions & { rules?: CompiledRule[] }) => new ConfigResolver({ ...options, cwd: options.cwd ?? process.cwd() });

/**
 * Lints a string as if it were the file at `filePath` (the extension picks
 * the parser, its folder the config). An ignored path gives no findings.
 */
export async function lintText(text: string, options: RuleOptions & { filePath?: string; rules?: CompiledRule[] } = {}): Promise<FileResult> {
  const filePath = options.filePath ?? '<text>';
  const settings = resolverFor(options).settingsFor(filePath);
  if (settings.ignored) return { filePath, findings: [] };
  return lintString(stripBom(text), filePath, settings);
}

/** Finds files, lints each, and never lets one bad file stop the others. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const config = resolverFor(options);
  const results: FileResult[] = [];
  const lintOne = async (file: string, open: () => Promise<SourceInput>) => {
    const settings = config.settingsFor(file);
    if (!settings.ignored) results.push(await lintFile(file, open, settings));
  };
  if (options.staged) {
    for (const file of stagedFiles(cwd, patterns)) await lintOne(file.filePath, async () => fromBytes(await readStagedOrFail(cwd, file)));
  } else {
    const onUnreadable = (folder: string, code: string) => results.push({ filePath: folder, findings: [], fatal: [`0:0: cannot read folder (${code})`] });
    const files = discover(patterns.length ? patterns : ['.'], { cwd, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern, onUnreadable });
    for (const file of files) await lintOne(file, () => openSource(path.resolve(cwd, file)));
  }
  return toReport(results);
}

async function readStagedOrFail(cwd: string, file: Parameters<typeof readStaged>[1]): Promise<Uint8Array> {
  try {
    return await readStaged(cwd, file);
  } catch (err) {
    throw new ReadError((err as NodeJS.ErrnoException).code ?? 'git show failed');
  }
}
