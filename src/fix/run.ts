import type { FileResult, LintReport, Severity } from '../model/types.js';
import { toReport } from '../report/summary.js';
import { unifiedDiff } from './diff.js';
import { fixResult, type SourceFix } from './fix-source.js';
import { writeFix } from './write.js';

export interface FixRunOptions {
  cwd: string;
  /** The least severe finding fixed (`--fix-severity`, default error). */
  severity?: Severity;
  /** false: plan only (`--fix-dry-run`), nothing is written. */
  write: boolean;
  /** Lints these files again, with the run's settings (config, baseline, consent). */
  relint: (filePaths: string[]) => Promise<LintReport>;
  /** Show the matched text in the dry-run diff (`--no-mask`). */
  unmasked?: boolean;
}

export interface FixRun {
  /** The report after the fixes (the files as they are now). */
  report: LintReport;
  /** What each pass changed, or for a dry run would change. */
  fixes: SourceFix[];
  /** The dry run's unified diff (empty when writing). */
  diff: string;
  /** One line per file that had something to fix and was left as it was, naming the file and why. */
  notes: string[];
}

/** A rewrite can make another detail an error (a date next to "our patient"): fix again, as ESLint does, a few times at most. */
const MAX_PASSES = 3;

/**
 * `--fix` / `--fix-dry-run` over a finished report. Writes each fixed file
 * atomically, then lints the fixed files again and fixes what that finds,
 * so the report returned is the files' state on disk.
 */
export async function runFixes(report: LintReport, options: FixRunOptions): Promise<FixRun> {
  const fixes: SourceFix[] = [];
  const notes: string[] = [];
  let current = report;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const planned = current.files.flatMap((f) => fixResult(f, { severity: options.severity }) ?? []);
    for (const fix of planned.filter((f) => f.skipped)) if (pass === 0) notes.push(`${fix.filePath}: ${fix.skipped}`);
    const ready = planned.filter((f) => !f.skipped && f.edits.length);
    if (!options.write) {
      const byPath = new Map(current.files.map((f) => [f.filePath, f]));
      const diff = ready.map((fix) => unifiedDiff(fix, byPath.get(fix.filePath)!, !options.unmasked)).join('');
      return { report: current, fixes: ready, diff, notes };
    }
    const written = ready.filter((fix) => {
      const why = writeFix(fix, options.cwd);
      if (why) notes.push(`${fix.filePath}: ${why}`);
      return !why;
    });
    fixes.push(...written);
    if (!written.length) break;
    current = replaceResults(current, await options.relint(written.map((f) => f.filePath)));
  }
  return { report: current, fixes, diff: '', notes };
}

/** The report with the re-linted files' results in their places. */
function replaceResults(report: LintReport, again: LintReport): LintReport {
  const fresh = new Map<string, FileResult>(again.files.map((f) => [f.filePath, f]));
  return toReport(report.files.map((f) => fresh.get(f.filePath) ?? f));
}
