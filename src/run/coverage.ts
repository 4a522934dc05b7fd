import path from 'node:path';
import { UsageError } from '../lib/errors.js';
import type { FileTask, TaskOutcome } from './run-task.js';

export interface CoverageInput {
  cwd: string;
  /** The paths and globs as given (a file named here is "explicit"). */
  patterns: string[];
  tasks: FileTask[];
  outcomes: TaskOutcome[];
  errorOnUnmatchedPattern?: boolean;
  staged?: boolean;
}

/**
 * What a run did not check, so that a config can never make it pass in
 * silence (as ESLint does): a file named on the command line but ignored by
 * `ignorePatterns` and a config that turns every rule off are warnings (the
 * exit code is the findings'); when folders or globs found files and config
 * ignored every one, that is an error (exit 2) unless
 * --no-error-on-unmatched-pattern (then a warning), like ESLint's "all
 * files ignored".
 * Returns the warning lines.
 */
export function coverageWarnings(input: CoverageInput): string[] {
  const { cwd, tasks, outcomes } = input;
  const named = new Set(input.patterns.map((p) => path.resolve(cwd, p)));
  const explicit = (t: FileTask) => input.staged || named.has(path.resolve(cwd, t.filePath));
  const ignored = tasks.filter((_, i) => !outcomes[i]?.result);
  const found = tasks.filter((t) => !explicit(t));
  const warnings: string[] = [];
  if (found.length && found.every((t) => ignored.includes(t))) {
    const what = `every file found in the paths given (${found.length}) is ignored by ignore patterns (ignorePatterns in your config, or --ignore-pattern), so nothing was checked`;
    if (input.errorOnUnmatchedPattern !== false) throw new UsageError(`${what} (use --no-error-on-unmatched-pattern to allow this)`);
    warnings.push(what);
  }
  warnings.push(...ignored.filter(explicit).map((t) => `${t.filePath}: file ignored because of a matching ignore pattern (ignorePatterns in your config, or --ignore-pattern; see --print-config ${t.filePath})`));
  const silenced = new Set(outcomes.flatMap((o) => (o?.rulesOff ? [o.rulesOff] : [])));
  for (const configs of silenced) warnings.push(`${configs}: every rule is turned off, so these files were not checked for PHI`);
  return warnings;
}
