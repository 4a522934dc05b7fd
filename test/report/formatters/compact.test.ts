import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../../src/report/formatters/compact.js';
import { finding, report } from '../../helpers/report.js';
import { runCli, summaryOf } from '../../helpers/run.js';

describe('compact formatter', () => {
  it('prints path:line:col: severity message [rule-id], one problem a line', async () => {
    const out = (await runCli(['-f', 'compact', '--min-severity', 'info', '.'])).stdout;
    const lines = out.trimEnd().split('\n');
    const { errors, warnings, infos, fatal } = await summaryOf(['.']);
    expect(lines).toHaveLength(errors + warnings + infos + fatal);
    for (const line of lines) expect(line).toMatch(/^[^:]+:\d+:\d+: (error|warning|info) .+ \[[a-z0-9/-]+( \(also: [a-z0-9/, -]+\))?\]$/);
    expect(lines).toContain('broken.json:1:49: error malformed JSON: expected a property name in double quotes [fatal]');
    expect(out).toMatch(/^patient-story\.md:8:9: error Medical record number "\*{8}" \[identifiers\/mrn( \(also: .*\))?\]$/m);
  });

  it('makes post-derived text inert: no new line, no terminal escape, no workflow-command marker', () => {
    const f = finding({ message: 'Bad\u2028::add-mask::x \x1b[2J##[error]y', text: 'a\r\n::stop-commands::t' });
    const out = formatCompact(report({ filePath: '::warning::p.txt', findings: [f], fatal: [{ line: 1, column: 1, message: 'x\n::error::z' }] }));
    expect(out.split('\n')).toHaveLength(3);
    expect(out).not.toMatch(/::|##\[|\x1b|\u2028/);
    expect(out.replace(/\u200B/g, '')).toContain('::warning::p.txt:2:5: error Bad ::add-mask::x \uFFFD[2J##[error]y "a ::stop-commands::t"');
  });

  it('keeps each problem on one line', () => {
    expect(formatCompact(report({ filePath: 'a.txt', findings: [finding({ message: 'two\nlines' })] }))).toBe('a.txt:2:5: error two lines "********" [identifiers/mrn]\n');
  });
});
