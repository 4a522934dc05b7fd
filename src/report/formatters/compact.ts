import type { LintReport } from '../../model/types.js';
import { describe, inertLine, ruleLabel } from './shared.js';

/** One line per problem, `path:line:col: severity message [rule-id]`, for grep and editors. */
export function formatCompact(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const p of file.fatal ?? []) lines.push(`${file.filePath}:${p.line}:${p.column}: error ${p.message} [fatal]`);
    for (const f of file.findings) lines.push(`${file.filePath}:${f.line}:${f.column}: ${f.severity} ${describe(f)} [${ruleLabel(f)}]`);
  }
  // Every part but the numbers is the post's or its author's text: the whole line is made inert.
  return lines.map((l) => inertLine(l) + '\n').join('');
}
