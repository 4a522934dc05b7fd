import type { FileResult, LintReport, Summary } from '../model/types.js';

export function summarize(files: FileResult[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const file of files) {
    if (file.fatal?.length) summary.fatal++;
    for (const f of file.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

export function toReport(files: FileResult[]): LintReport {
  return { files, summary: summarize(files) };
}

/** 0 clean, 1 findings at or above the gate, 2 a file could not be scanned (fail closed). */
export function exitCodeFor(summary: Summary, maxWarnings: number | undefined): 0 | 1 | 2 {
  if (summary.fatal > 0) return 2;
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && summary.warnings > maxWarnings) return 1;
  return 0;
}
