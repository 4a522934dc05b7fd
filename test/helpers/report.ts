import { toReport } from '../../src/report/summary.js';
import type { FileResult, Finding, LintReport } from '../../src/model/types.js';

/** A finding with plausible defaults (already masked), for formatter tests that need odd values. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'identifiers/mrn',
    category: 'mrn',
    severity: 'error',
    message: 'A medical record number points at a chart.',
    line: 2,
    column: 5,
    endLine: 2,
    endColumn: 13,
    offset: 10,
    endOffset: 18,
    text: '********',
    ...overrides,
  };
}

export function report(...files: FileResult[]): LintReport {
  return toReport(files);
}
