import { InvalidArgumentError } from 'commander';
import { lintFiles, type LintFilesOptions, type RuleOptions } from '../api.js';
import { runFixes, type FixRun } from '../fix/run.js';
import { fixImages } from '../fix/images.js';
import { toReport } from '../report/summary.js';
import { UsageError } from '../lib/errors.js';
import type { LintReport, Severity } from '../model/types.js';
import { baselineStep, type BaselineFlags } from './config-actions.js';
import type { CliIo } from './io.js';

/** The --fix options; the work is src/fix/run.ts. */
export interface FixFlags extends BaselineFlags {
  fix?: boolean;
  fixImages?: boolean;
  fixDryRun?: boolean;
  fixSeverity?: Severity;
  mask: boolean;
  stdin?: boolean;
  staged?: boolean;
}

export const parseFixSeverity = (value: string): Severity => {
  if (value !== 'error' && value !== 'warning') throw new InvalidArgumentError('expected error or warning');
  return value;
};

/** Whether this run fixes (or plans fixes); usage errors for combinations that cannot work. */
export function fixing(flags: FixFlags): boolean {
  const on = Boolean(flags.fix || flags.fixDryRun);
  if (flags.fix && flags.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (!on && !flags.fixImages && flags.fixSeverity) throw new UsageError('--fix-severity needs --fix, --fix-dry-run or --fix-images');
  if (flags.fixImages && flags.stdin) throw new UsageError('--fix-images cannot be combined with --stdin (there is no post folder to find the images in)');
  if (flags.fixImages && flags.staged) throw new UsageError('--fix-images cannot be combined with --staged (it would change the working copy, not what is staged)');
  if (on && flags.stdin) throw new UsageError('--fix cannot be combined with --stdin (use the library call fixText)');
  if (on && flags.staged) throw new UsageError('--fix cannot be combined with --staged (it would fix the working copy, not what is staged)');
  if ((flags.fix || flags.fixImages) && (flags.updateBaseline || flags.pruneBaseline)) throw new UsageError(`${flags.fix ? '--fix' : '--fix-images'} cannot be combined with --update-baseline or --prune-baseline`);
  return on;
}

/**
 * Fixes the report's files (or plans it, --fix-dry-run). Fixed files are
 * linted again with the same settings and baseline; each file left as it
 * was gets one line on stderr.
 */
export async function fixStep(report: LintReport, flags: FixFlags, lintOptions: LintFilesOptions, ruleOptions: RuleOptions & { cwd: string }, io: CliIo): Promise<FixRun> {
  // The baseline's own notes were printed by the first run: the re-runs are quiet.
  const quiet: CliIo = { ...io, stderr: { write: () => true } };
  const relint = async (files: string[]) =>
    baselineStep(await lintFiles(files, { ...lintOptions, shard: undefined, staged: false, keepSource: true, onProgress: undefined }), flags, ruleOptions, quiet);
  const run = await runFixes(report, { cwd: io.cwd, severity: flags.fixSeverity, write: Boolean(flags.fix), unmasked: !flags.mask, relint });
  for (const note of run.notes) io.stderr.write(`phi-lint: ${note}\n`);
  return run;
}

/**
 * `--fix-images`: strips the metadata of the images whose metadata is a
 * finding (with --fix-dry-run, only says which), then lints the posts that
 * show them again. Runs before --fix, which may remove an image reference
 * and with it the findings that name the image.
 */
export async function fixImagesStep(report: LintReport, flags: FixFlags, lintOptions: LintFilesOptions, ruleOptions: RuleOptions & { cwd: string }, io: CliIo): Promise<LintReport> {
  const run = fixImages(report, { cwd: io.cwd, severity: flags.fixSeverity, write: !flags.fixDryRun });
  for (const note of run.notes) io.stderr.write(`phi-lint: ${note}\n`);
  for (const image of run.images) io.stderr.write(`phi-lint: ${flags.fixDryRun ? 'would strip' : 'stripped'} the metadata of ${image}\n`);
  if (flags.fixDryRun || !run.posts.length) return report;
  const quiet: CliIo = { ...io, stderr: { write: () => true } };
  const linted = await lintFiles(run.posts, { ...lintOptions, shard: undefined, staged: false, keepSource: true, onProgress: undefined });
  const again = baselineStep(linted, flags, ruleOptions, quiet);
  const fresh = new Map(again.files.map((f) => [f.filePath, f]));
  return toReport(report.files.map((f) => fresh.get(f.filePath) ?? f));
}
