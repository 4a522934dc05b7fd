import path from 'node:path';
import type { CompiledRule } from './model/rule.js';
import { builtinRules } from './config/packs.js';
import { ConfigResolver, type ConfigOptions } from './config/resolve.js';
import { emptyEntries, ResultCache } from './run/cache.js';
import { lintString } from './pipeline/lint-file.js';
import { runOrdered } from './run/pool.js';
import { runTask, type FileTask, type TaskOutcome } from './run/run-task.js';
import { cacheKey, resolverOptions, WORKER_LIMITS, WORKER_URL, workerCount, type Concurrency } from './run/run-options.js';
import { inShard, type Shard } from './run/shard.js';
import { coverageWarnings } from './run/coverage.js';
import type { WorkerSetup } from './run/worker.js';
import { toReport } from './report/summary.js';
import { loadPacks } from './packs/load.js';
import { discover } from './read/discover.js';
import { DEFAULT_EXTENSIONS } from './formats/index.js';
import { stagedFiles } from './read/staged.js';
import { stripBom } from './text/decode.js';
import { wholeFileProblem, type FileResult, type LintReport, type Severity } from './model/types.js';
import { fixSource } from './fix/fix-source.js';
import { LocatedError } from './lib/errors.js';
import { packExampleProblems } from './pipeline/pack-examples.js';
import { runFixes, type FixRun } from './fix/run.js';
import { withApprovals } from './approvals/check.js';
import { approvePost, type ApproveOptions } from './approvals/approve.js';
import type { Approval } from './approvals/file.js';
import { recordRun, showLog, verifyLog, type AuditContext } from './audit/run.js';
import type { AuditSummary } from './audit/show.js';
import type { Verified } from './audit/verify.js';
import { sha256 } from './text/sha256.js';
import { withFixSuggestions } from './fix/suggest.js';
import { acceptBaseline } from './suppress/baseline-apply.js';

export type { FileResult, Finding, LintReport, Problem, Severity, Summary } from './model/types.js';
export { maskResults } from './report/mask.js';
export { exitCodeFor } from './report/summary.js';
export type { ConfigOptions } from './config/resolve.js';
export type { Approval } from './approvals/file.js';
export type { AuditRecord } from './audit/record.js';
export type { AuditSummary } from './audit/show.js';
export type { Verified } from './audit/verify.js';
export { withFixSuggestions };
export { PRIVACY_SAFE_REPLY } from './fix/sentences.js';

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
  /** More extensions to lint in folders and globs (`--ext`), on top of DEFAULT_EXTENSIONS and the configs' `extensions:`. */
  extensions?: string[];
  /** Lint what `git commit` would record: the index content of staged files; patterns become git pathspecs. */
  staged?: boolean;
  /** A fixed rule set instead of the packs (runs on the main thread only). */
  rules?: CompiledRule[];
  /** Worker threads: 'auto' (default: one per core when there are enough files), 'off', or a number. */
  concurrency?: Concurrency;
  /** Path of a result cache file (`--cache`); unchanged files are answered from it. */
  cache?: string;
  /** Lint only this part of the files (`--shard i/n`). */
  shard?: Shard;
  /** Keep each file's decoded text on its result, for a format that shows posts (its `needs.source`). */
  keepSource?: boolean;
  /** Put each finding's suggested rewrite on it, as `withFixSuggestions` does (for a format that prints them); `--cache` keeps them. */
  fixes?: boolean;
  /** Called after each file, in order. */
  onProgress?: (done: number, total: number) => void;
  /** Told what the run did not check (a named file ignored by config, every rule off); see run/coverage.ts. */
  onWarning?: (message: string) => void;
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

/** Runs the examples of the user's packs these files are linted with, before any file is: a misbehaving example stops the run (exit 2). */
async function checkPackExamples(resolver: ConfigResolver, cwd: string, files: string[]): Promise<void> {
  const problems = await packExampleProblems(resolver.userPacks(files.map((f) => path.dirname(path.resolve(cwd, f)))));
  if (problems.length) throw new LocatedError(problems);
}

/**
 * Lints a string as if it were the file at `filePath` (the extension picks
 * the parser, its folder the config). An ignored path gives no findings.
 */
export async function lintText(text: string, options: RuleOptions & { filePath?: string; rules?: CompiledRule[] } = {}): Promise<FileResult> {
  const filePath = options.filePath ?? '<text>';
  const resolver = resolverFor(options);
  const settings = resolver.settingsFor(filePath);
  if (settings.ignored) return { filePath, findings: [] };
  await checkPackExamples(resolver, options.cwd ?? process.cwd(), [filePath]);
  const source = stripBom(text);
  const result = { ...(await lintString(source, filePath, settings, { settings: settings.images, cwd: options.cwd ?? process.cwd() })), contentHash: sha256(source) };
  delete result.imageDeps;
  return withApprovals([result], { cwd: options.cwd ?? process.cwd(), resolver })[0];
}

/** Finds files, lints each, and never lets one bad file stop the others. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = resolverFor(options);
  const results: FileResult[] = [];
  let tasks: FileTask[];
  if (options.staged) {
    tasks = stagedFiles(cwd, patterns).map((staged) => ({ filePath: staged.filePath, staged }));
  } else {
    const onUnreadable = (where: string, code: string, file?: boolean) =>
      results.push({ filePath: where, findings: [], fatal: [wholeFileProblem(`cannot read ${file ? 'file' : 'folder'} (${code})`)] });
    tasks = discover(patterns.length ? patterns : ['.'], {
      cwd,
      extensions: [...DEFAULT_EXTENSIONS, ...(options.extensions ?? [])],
      extensionsIn: (dir) => resolver.extensionsIn(dir),
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      onUnreadable,
      onEmptyFolder: (folder) => options.onWarning?.(`${folder}: 0 files (the folder holds no file to lint)`),
    }).map((filePath) => ({ filePath }));
  }
  tasks = tasks.filter((t) => inShard(t.filePath, options.shard));
  await checkPackExamples(resolver, cwd, tasks.map((t) => t.filePath));
  const cache = options.cache ? new ResultCache(path.resolve(cwd, options.cache), cacheKey(options, cwd)) : undefined;
  const keepSource = options.keepSource ?? false;
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let done = 0;
  const onOutcome = (index: number, outcome: TaskOutcome) => {
    outcomes[index] = outcome;
    if (cache && outcome.result && outcome.hash && !outcome.cached) cache.set(outcome.result, outcome.hash, outcome.extras, outcome.imageDeps);
    if (cache && outcome.images) cache.setImages(outcome.images);
    options.onProgress?.(++done, tasks.length);
  };
  const fixes = options.fixes ?? false;
  const ctx = { cwd, resolver, cache: cache?.entries, keepSource, fixes };
  let todo = tasks.map((_, i) => i);
  if (cache && workerCount(options.concurrency, tasks.length) > 1) {
    // Answer cached files here first, so worker threads start only for the files that changed.
    for (const i of todo) {
      const outcome = await runTask(tasks[i], { ...ctx, cacheOnly: true });
      if (!outcome.miss) onOutcome(i, outcome);
    }
    todo = todo.filter((i) => outcomes[i] === undefined);
  }
  const threads = workerCount(options.concurrency, todo.length);
  if (threads > 1 && !options.rules) {
    // Cached files were answered above: workers only need to know that results get hashed for the cache.
    const images = cache?.entries.images ? { images: cache.entries.images } : {};
    const setup: WorkerSetup = { resolver: resolverOptions(options, cwd), tasks: todo.map((i) => tasks[i]), cache: cache && { ...emptyEntries(), ...images }, keepSource, fixes };
    const here = (k: number) => runTask(tasks[todo[k]], ctx);
    await runOrdered<TaskOutcome>({ url: WORKER_URL, data: setup, limits: WORKER_LIMITS }, todo.length, threads, (k, outcome) => onOutcome(todo[k], outcome), here);
  } else {
    for (const i of todo) onOutcome(i, await runTask(tasks[i], ctx));
  }
  const unsaved = cache?.save();
  if (unsaved) options.onWarning?.(unsaved);
  const { errorOnUnmatchedPattern, staged } = options;
  for (const w of coverageWarnings({ cwd, patterns, tasks, outcomes, errorOnUnmatchedPattern, staged })) options.onWarning?.(w);
  // Folders that could not be read first (found while walking), then files in the order found.
  const linted = [...results, ...outcomes.flatMap((o) => (o.result ? [o.result] : []))];
  const approved = withApprovals(linted, { cwd, resolver });
  // A file that got an approval/missing finding gets its suggestions anew (the others have theirs from runTask).
  return toReport(fixes ? approved.map((f, i) => (f === linted[i] ? f : withFixSuggestions([f])[0])) : approved);
}

/** One rewrite `fixText` made: the plain replacement, the range of the text it replaced, and the findings it fixes. */
export interface AppliedFix {
  offset: number;
  endOffset: number;
  text: string;
  findings: FileResult['findings'];
}

export interface FixTextOptions extends RuleOptions {
  filePath?: string;
  rules?: CompiledRule[];
  /** The least severe finding fixed: 'error' (default) or 'warning'. */
  severity?: Severity;
}

/**
 * Lints `text` as the file at `filePath` would be, and rewrites every
 * fixable finding at or above `severity` (docs/fixes.md). Offsets of
 * `fixes` are into `text`. Suppressed and consented findings are not
 * rewritten. One pass: lint the result again to see what is left.
 */
export async function fixText(text: string, options: FixTextOptions = {}): Promise<{ text: string; fixes: AppliedFix[]; result: FileResult }> {
  const result = await lintText(text, options);
  const source = stripBom(text);
  const fix = result.fatal?.length ? undefined : fixSource(source, result.filePath, result.findings, { severity: options.severity });
  if (!fix?.edits.length) return { text, fixes: [], result };
  const fixes = fix.edits.map((e) => ({ offset: e.offset, endOffset: e.endOffset, text: e.plain, findings: e.findings }));
  return { text: (source === text ? '' : text.slice(0, text.length - source.length)) + fix.after, fixes, result };
}

export interface FixFilesOptions extends LintFilesOptions {
  severity?: Severity;
  /** Plan and return the unified diff, write nothing. */
  dryRun?: boolean;
  /** Show the matched text in the dry run's diff. */
  unmasked?: boolean;
}

/** `--fix` as a library call: lints the files, writes their fixes atomically, lints them again (see runFixes). */
export async function fixFiles(patterns: string[], options: FixFilesOptions = {}): Promise<FixRun> {
  const cwd = options.cwd ?? process.cwd();
  const report = await lintFiles(patterns, { ...options, keepSource: true });
  const relint = (files: string[]) => lintFiles(files, { ...options, shard: undefined, staged: false, keepSource: true });
  return runFixes(report, { cwd, severity: options.severity, write: !options.dryRun, unmasked: options.unmasked, relint });
}

/** Where the audit commands find the config (baselineKey, auditLog) and the key (PHI_LINT_BASELINE_KEY in `env`). */
export interface AuditOptions extends RuleOptions {
  env?: Record<string, string | undefined>;
}

const auditContext = (options: AuditOptions): AuditContext => {
  const cwd = options.cwd ?? process.cwd();
  return { cwd, resolver: resolverFor({ ...options, cwd }), env: options.env ?? process.env, rulePacks: options.rulePacks };
};

/**
 * Appends one record of a finished run to the audit log `file` (docs/audit.md):
 * files with their content hashes and counts, suppressions, the exit code,
 * chained to the line before. Returns the run's number in the log.
 */
export function recordAudit(report: LintReport, exitCode: number, file: string, options: AuditOptions = {}): number {
  return recordRun(report, exitCode, file, auditContext(options));
}

/** Checks an audit log's hash chain; `broken` names the first line that does not hold. */
export function verifyAudit(file: string, options: AuditOptions = {}): Verified {
  return verifyLog(file, auditContext(options));
}

/** An audit log summed up: runs, exit codes, files, suppressions by reason, and the chain's verdict. */
export function summarizeAudit(file: string, options: AuditOptions = {}): AuditSummary {
  return showLog(file, auditContext(options));
}

/** Records an approval of the post's current text (`phi-lint approve`). */
export async function approve(post: string, options: RuleOptions & Pick<ApproveOptions, 'by' | 'note' | 'time'>): Promise<{ approval: Approval; file: string }> {
  const cwd = options.cwd ?? process.cwd();
  return approvePost(post, { ...options, cwd, resolver: resolverFor({ ...options, cwd }) });
}

export interface DraftOptions extends RuleOptions {
  /** Where the draft lives or would live: its extension picks the parser, its folder the config. */
  filePath: string;
  rules?: CompiledRule[];
  /** A baseline file (`--baseline`, relative to cwd), only read: its accepted findings are not reported. */
  baseline?: string;
  /** The environment, for the baseline's key (PHI_LINT_BASELINE_KEY). */
  env?: Record<string, string | undefined>;
}

/**
 * A draft as its writer sees it (an editor buffer, a pasted post): lintText
 * with the baseline applied and each error and warning carrying its
 * suggested fix. Nothing is masked and `source` is kept: the text is on the
 * writer's own screen already.
 */
export async function lintDraft(text: string, options: DraftOptions): Promise<FileResult> {
  const result = await lintText(text, options);
  if (!options.baseline || result.source === undefined) return withFixSuggestions([result])[0];
  const cwd = options.cwd ?? process.cwd();
  const configKey = resolverFor(options).merged('.').baselineKey;
  const [accepted] = acceptBaseline([result], { file: options.baseline, cwd, env: options.env ?? {}, configKey });
  return withFixSuggestions([accepted])[0];
}

/** One change to a draft: replace [offset, endOffset) of its text with `text` (spelled for the file: escaped in JSON). */
export interface DraftEdit {
  offset: number;
  endOffset: number;
  text: string;
}

/**
 * The edits that fix every fixable finding of a linted draft (from
 * lintDraft) at or above `severity`, default 'warning': the fixes the draft's
 * findings offer one by one. Empty when nothing can be fixed, or when a JSON
 * draft would no longer parse to the same structure.
 */
export function draftFixes(result: FileResult, severity: Severity = 'warning'): DraftEdit[] {
  if (result.source === undefined || result.fatal?.length) return [];
  return fixSource(result.source, result.filePath, result.findings, { severity }).edits.map((e) => ({ offset: e.offset, endOffset: e.endOffset, text: e.text }));
}
