import { existsSync } from 'node:fs';
import path from 'node:path';
import { toReport } from '../report/summary.js';
import { UsageError } from '../lib/errors.js';
import type { LintReport } from '../model/types.js';
import { applyBaseline, entriesFor } from '../suppress/baseline.js';
import { chooseKey, readBaseline, writeBaseline } from '../suppress/baseline-file.js';

export interface BaselineOptions {
  /** The baseline file, relative to cwd. */
  file: string;
  /** Accept every current finding of the linted files (`--update-baseline`). */
  update?: boolean;
  /** Drop entries that no longer match (`--prune-baseline`). */
  prune?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** `baselineKey` from the config that applies to cwd. */
  configKey?: string;
}

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
const match = (n: number) => (n === 1 ? 'matches' : 'match');

/**
 * The baseline step of a run, over the whole report (before masking):
 * update or prune the file when asked, then suppress what it accepts and
 * note stale entries. Entries of files this run did not lint are kept
 * while those files exist.
 */
export function runBaseline(report: LintReport, options: BaselineOptions): { report: LintReport; notes: string[] } {
  const abs = path.resolve(options.cwd, options.file);
  const display = options.file;
  const stored = readBaseline(abs, display);
  if (!stored && !options.update) throw new UsageError(`baseline file ${display} not found (create it with --update-baseline)`);
  const key = chooseKey(stored, options.env, options.configKey, display);
  const dir = path.dirname(abs);
  const fileKey = (filePath: string) => path.relative(dir, path.resolve(options.cwd, filePath)).split(path.sep).join('/');
  const linted = new Set(report.files.map((f) => fileKey(f.filePath)));
  const others = (stored?.entries ?? []).filter((e) => !linted.has(e.file));
  const kept = others.filter((e) => existsSync(path.resolve(dir, e.file)));
  const notes: string[] = [];

  let accepted = stored?.entries ?? [];
  if (options.update) {
    accepted = [...kept, ...entriesFor(report.files, key.key, fileKey)];
    writeBaseline(abs, key, accepted);
    notes.push(`baseline: wrote ${entries(accepted.length)} to ${display}`);
  }
  const applied = applyBaseline(report.files, accepted, key.key, fileKey, display);
  const stale = applied.stale.length + others.length - kept.length;
  if (options.prune && !options.update) {
    writeBaseline(abs, key, [...kept, ...applied.used]);
    notes.push(`baseline: removed ${entries(stale)} that no longer ${match(stale)} from ${display}`);
  } else if (stale && !options.update) {
    notes.push(`baseline: ${entries(stale)} in ${display} no longer ${match(stale)} (fixed or changed); run with --prune-baseline to remove them`);
  }
  return { report: toReport(applied.files), notes };
}
