import type { Finding, LintReport } from '../../model/types.js';
import { inertJson, problemText } from './shared.js';

/** The contract's JSON document (DESIGN.md, "Contract"). Extra fields are additive. */
export function formatJson(report: LintReport): string {
  const files = report.files.map((file) => ({
    filePath: file.filePath,
    findings: file.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      ...(f.title ? { title: f.title } : {}),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      text: f.text,
      ...(f.reason ? { reason: f.reason } : {}),
      ...(f.decision ? { decision: f.decision } : {}),
      ...(f.rules ? { rules: f.rules } : {}),
      ...(f.docs ? { docs: f.docs } : {}),
      ...(f.pointer !== undefined ? { pointer: f.pointer } : {}),
      ...(f.fix ? { fix: fixField(f) } : {}),
    })),
    ...(file.fatal?.length ? { problems: file.fatal.map(problemText) } : {}),
    ...(file.notes?.length ? { notes: file.notes } : {}),
  }));
  return inertJson(JSON.stringify({ version: 1, files, summary: report.summary }, null, 2)) + '\n';
}

/** `fix: {text}`: the rewrite of the finding's span; its own positions only when it reaches further (a label, a sentence). */
function fixField(f: Finding) {
  const fix = f.fix!;
  if (fix.offset === f.offset && fix.endOffset === f.endOffset) return { text: fix.text };
  return { text: fix.text, line: fix.line, column: fix.column, endLine: fix.endLine, endColumn: fix.endColumn };
}
