import path from 'node:path';
import { UsageError } from '../lib/errors.js';
import type { FileResult } from '../model/types.js';
import { applyBaseline } from './baseline.js';
import { chooseKey, readBaseline } from './baseline-file.js';

export interface BaselineSource {
  /** The baseline file, relative to cwd. */
  file: string;
  cwd: string;
  /** For PHI_LINT_BASELINE_KEY. */
  env: Record<string, string | undefined>;
  /** `baselineKey` from the config that applies to cwd. */
  configKey?: string;
}

/** How a baseline names a linted file: its path from the baseline's folder, with forward slashes. */
export function baselineFileKey(baselineAbs: string, cwd: string): (filePath: string) => string {
  const dir = path.dirname(baselineAbs);
  return (filePath) => path.relative(dir, path.resolve(cwd, filePath)).split(path.sep).join('/');
}

/**
 * Drops the findings a baseline accepts, reading the file only: the editor
 * and the review page never update or prune it (that stays with the CLI).
 */
export function acceptBaseline(files: FileResult[], source: BaselineSource): FileResult[] {
  const abs = path.resolve(source.cwd, source.file);
  const stored = readBaseline(abs, source.file);
  if (!stored) throw new UsageError(`baseline file ${source.file} not found (create it with --update-baseline)`);
  const key = chooseKey(stored, source.env, source.configKey, source.file);
  return applyBaseline(files, stored.entries, key.key, baselineFileKey(abs, source.cwd)).files;
}
