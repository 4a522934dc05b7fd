import type { LineIndex } from '../text/positions.js';
import type { Finding, Severity } from '../model/types.js';

/** Something phi-lint reports about a post's own directives or consent, not about PHI in it. */
export interface Problem {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  offset: number;
  endOffset: number;
}

/** A problem as a located finding; it has no matched text (nothing to mask). */
export function problemFinding(p: Problem, lines: LineIndex): Finding {
  const start = lines.position(p.offset);
  const end = lines.position(p.endOffset);
  return { ...p, text: '', line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
