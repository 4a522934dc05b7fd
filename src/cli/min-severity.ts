import type { FileResult, Severity } from '../model/types.js';

/** `--min-severity`: which findings a report shows. What is hidden still counts for the exit code. */

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Formats people read hide infos unless asked: an info never blocks a post,
 * and a list of them makes a safe post look broken. Machine formats keep
 * everything, for the tools that read them.
 */
const HUMAN_FORMATS = new Set(['stylish', 'compact', 'github']);

export function minSeverityFor(format: string, options: { minSeverity?: Severity; quiet?: boolean }): Severity {
  if (options.quiet) return 'error';
  return options.minSeverity ?? (HUMAN_FORMATS.has(format) ? 'warning' : 'info');
}

/** The findings at or above `min`, and how many of each severity were left out. */
export function keepAtLeast(files: FileResult[], min: Severity): { files: FileResult[]; hidden: Partial<Record<Severity, number>> } {
  const hidden: Partial<Record<Severity, number>> = {};
  const kept = files.map((file) => {
    const findings = file.findings.filter((f) => {
      if (RANK[f.severity] >= RANK[min]) return true;
      hidden[f.severity] = (hidden[f.severity] ?? 0) + 1;
      return false;
    });
    return findings.length === file.findings.length ? file : { ...file, findings };
  });
  return { files: kept, hidden };
}
