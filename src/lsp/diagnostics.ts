import type { Diagnostic, Range } from 'vscode-languageserver/node';
import type { FileResult, Finding, Problem, Severity } from '../model/types.js';
import { explanation } from '../report/formatters/shared.js';
import { ruleDocUrl } from '../report/rule-docs.js';

/** The LSP's DiagnosticSeverity values (Error 1, Warning 2, Information 3), without loading the protocol library. */
const SEVERITY: Record<Severity, 1 | 2 | 3> = { error: 1, warning: 2, info: 3 };

export const SOURCE = 'phi-lint';

/** 1-based line and column (UTF-16 code units, end exclusive) to an LSP range, which counts from 0 in the same units. */
export const rangeOf = (p: { line: number; column: number; endLine: number; endColumn: number }): Range => ({
  start: { line: p.line - 1, character: p.column - 1 },
  end: { line: p.endLine - 1, character: p.endColumn - 1 },
});

/** A finding as the editor shows it: unmasked (the writer's own text), the rule id as code, linked to the rule's page. */
export function findingDiagnostic(f: Finding): Diagnostic {
  const href = ruleDocUrl(f.ruleId);
  return {
    range: rangeOf(f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: explanation(f),
  };
}

/** A part of the file that could not be checked (malformed JSON): an error at its place, or at the top when it has none. */
function problemDiagnostic(p: Problem): Diagnostic {
  const at = { line: Math.max(p.line - 1, 0), character: Math.max(p.column - 1, 0) };
  return { range: { start: at, end: at }, severity: 1, source: SOURCE, message: `phi-lint could not check this file completely: ${p.message}` };
}

export function fileDiagnostics(result: FileResult): Diagnostic[] {
  return [...(result.fatal ?? []).map(problemDiagnostic), ...result.findings.map(findingDiagnostic)];
}

/** A file phi-lint could not check at all (a broken config or baseline): one error at the top, so the writer does not read silence as safe. */
export function failureDiagnostic(message: string): Diagnostic {
  const top = { line: 0, character: 0 };
  return { range: { start: top, end: top }, severity: 1, source: SOURCE, message: `phi-lint could not check this file: ${message}` };
}
