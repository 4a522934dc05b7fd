import type { FileResult, LintReport } from '../../model/types.js';
import { describe, escapeXml as x, problemText, ruleLabel } from './shared.js';

/** One <testcase> per file: a <failure> per error (its one line, then the rule's guidance), an <error> per unscannable part, the rest as system-out. */
function testcase(file: FileResult): string {
  const at = (line: number, col: number) => `${file.filePath}:${line}:${col}`;
  const failures = file.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `      <failure type="${x(f.ruleId)}" message="${x(describe(f))}">${x(`${at(f.line, f.column)}: ${describe(f)} [${ruleLabel(f)}]${f.title ? `\n${f.message}` : ''}`)}</failure>\n`);
  const errors = (file.fatal ?? []).map((p) => `      <error type="unscannable" message="${x(p.message)}">${x(`${file.filePath}:${problemText(p)}`)}</error>\n`);
  const others = file.findings
    .filter((f) => f.severity !== 'error')
    .map((f) => `${at(f.line, f.column)}: ${f.severity} ${describe(f)} [${ruleLabel(f)}]`);
  const out = others.length ? `      <system-out>${x(others.join('\n'))}</system-out>\n` : '';
  const body = failures.join('') + errors.join('') + out;
  const open = `    <testcase classname="phi-lint" name="${x(file.filePath)}" file="${x(file.filePath)}"`;
  return body ? `${open}>\n${body}    </testcase>\n` : `${open}/>\n`;
}

/**
 * JUnit XML, the shape CI systems (Jenkins, GitLab, Azure) render as a test
 * report; `failures` and `errors` count test cases (files), as JUnit does.
 */
export function formatJunit(report: LintReport): string {
  const failed = report.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
  const counts = `tests="${report.files.length}" failures="${failed}" errors="${report.summary.fatal}"`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="phi-lint" ${counts}>\n` +
    `  <testsuite name="phi-lint" ${counts} skipped="0">\n` +
    report.files.map(testcase).join('') +
    '  </testsuite>\n</testsuites>\n'
  );
}
