import type { FileResult, Finding, LintReport } from '../../model/types.js';
import { inertJson, problemText } from './shared.js';

/** The contract's JSON document (DESIGN.md, "Contract"). Extra fields are additive. */
export const formatJson = (report: LintReport): string => [...jsonChunks(report)].join('');

/**
 * The same document in pieces, one file's entry at a time, exactly as
 * `JSON.stringify(doc, null, 2)` lays it out: a report of thousands of files
 * is written without ever holding it whole (the whole string, its flattened
 * copy and its UTF-8 bytes were about 80 MB of peak RSS on the bench corpus).
 */
export function* jsonChunks(report: LintReport): Generator<string> {
  yield '{\n  "version": 1,\n  "files": [';
  const last = report.files.length - 1;
  for (let i = 0; i <= last; i++) yield `\n    ${nested(fileEntry(report.files[i]), 2)}${i < last ? ',' : '\n  '}`;
  yield `],\n  "summary": ${nested(report.summary, 1)}\n}\n`;
}

/**
 * A value laid out as it sits `depth` levels down in the document: stringified
 * inside as many arrays, whose brackets are then cut off (no second pass to
 * indent it).
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const open = Array.from({ length: depth }, (_, i) => `[\n${'  '.repeat(i + 1)}`).join('');
  const close = Array.from({ length: depth }, (_, i) => `\n${'  '.repeat(depth - 1 - i)}]`).join('');
  const json = JSON.stringify(wrapped, null, 2);
  return inertJson(json.slice(open.length, json.length - close.length));
}

function fileEntry(file: FileResult) {
  return {
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
  };
}

/** `fix: {text}`: the rewrite of the finding's span; its own positions only when it reaches further (a label, a sentence). */
function fixField(f: Finding) {
  const fix = f.fix!;
  if (fix.offset === f.offset && fix.endOffset === f.endOffset) return { text: fix.text };
  return { text: fix.text, line: fix.line, column: fix.column, endLine: fix.endLine, endColumn: fix.endColumn };
}
