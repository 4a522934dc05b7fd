import { InvalidArgumentError } from 'commander';
import { lintFiles, type LintFilesOptions, type RuleOptions } from '../api.js';
import { runFixes, type FixRun } from '../fix/run.js';
import { UsageError } from '../lib/errors.js';
import type { LintReport, Severity } from '../model/types.js';
import { baselineStep, type BaselineFlags } from './config-actions.js';
import type { CliIo } from './io.js';

/** The --fix options; the work is src/fix/run.ts. */
export interface FixFlags extends BaselineFlags {
  fix?: boolean;
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
  if (!on && flags.fixSeverity) throw new UsageError('--fix-severity needs --fix or --fix-dry-run');
  if (on && flags.stdin) throw new UsageError('--fix cannot be combined with --stdin (use the library call fixText)');
  if (on && flags.staged) throw new UsageError('--fix cannot be combined with --staged (it would fix the working copy, not what is staged)');
  if (flags.fix && (flags.updateBaseline || flags.pruneBaseline)) throw new UsageError('--fix cannot be combined with --update-baseline or --prune-baseline');
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
