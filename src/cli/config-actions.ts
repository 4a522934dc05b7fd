import type { RuleOptions } from '../api.js';
import type { CliIo } from './io.js';
import { writeStarterConfig } from '../config/init.js';
import { printableConfig } from '../config/print.js';
import { ConfigResolver } from '../config/resolve.js';
import { UsageError } from '../lib/errors.js';
import { runBaseline } from './baseline.js';
import type { LintReport } from '../model/types.js';

/** The team-workflow parts of the CLI: `init`, `--print-config` and the baseline step. */

/** `phi-lint init`: a commented starter config in the working directory. */
export function runInit(args: string[], io: CliIo): number {
  if (args.length) throw new UsageError(`phi-lint init takes no arguments (got "${args[0]}"); to lint a folder named init, write ./init`);
  const file = writeStarterConfig(io.cwd);
  io.stdout.write(`Wrote ${file}. Add your organisation's names, phones and domains under "allow".\n`);
  return 0;
}

/** `--print-config <file>`: the merged settings that apply to that file, as JSON. */
export function printConfig(file: string, options: RuleOptions & { cwd: string }, io: CliIo): number {
  const resolver = new ConfigResolver(options);
  io.stdout.write(JSON.stringify(printableConfig(resolver.settingsFor(file), resolver.show), null, 2) + '\n');
  return 0;
}

export interface BaselineFlags {
  baseline?: string;
  updateBaseline?: boolean;
  pruneBaseline?: boolean;
}

/** `--baseline` with `--update-baseline` / `--prune-baseline`; notes go to stderr. */
export function baselineStep(report: LintReport, flags: BaselineFlags, options: RuleOptions & { cwd: string }, io: CliIo): LintReport {
  if (!flags.baseline) {
    if (flags.updateBaseline || flags.pruneBaseline) throw new UsageError('--update-baseline and --prune-baseline need --baseline <file>');
    return report;
  }
  const configKey = new ConfigResolver(options).mergedAtCwd().baselineKey;
  const result = runBaseline(report, { file: flags.baseline, update: flags.updateBaseline, prune: flags.pruneBaseline, cwd: io.cwd, env: io.env, configKey });
  for (const note of result.notes) io.stderr.write(`phi-lint: ${note}\n`);
  return result.report;
}
