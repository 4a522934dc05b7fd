import { describe, expect, it } from 'vitest';
import { failureDiagnostic, fileDiagnostics, findingDiagnostic, rangeOf } from '../../src/lsp/diagnostics.js';
import { finding } from '../helpers/report.js';

describe('lsp diagnostics', () => {
  it('turns 1-based line/column (end exclusive) into a 0-based LSP range in the same UTF-16 units', () => {
    expect(rangeOf({ line: 2, column: 5, endLine: 3, endColumn: 1 })).toEqual({ start: { line: 1, character: 4 }, end: { line: 2, character: 0 } });
  });

  it('maps each severity, keeps the rule id as code and links built-in rules to their page', () => {
    const severities = (['error', 'warning', 'info'] as const).map((severity) => findingDiagnostic(finding({ severity })).severity);
    expect(severities).toEqual([1, 2, 3]);
    const d = findingDiagnostic(finding({ text: '00571938' }));
    expect(d.code).toBe('identifiers/mrn');
    expect(d.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\/identifiers\/mrn\.md$/);
    expect(findingDiagnostic(finding({ ruleId: 'acme/member-id' })).codeDescription).toBeUndefined();
  });

  it('says why a consent record changed the severity, without repeating the matched text', () => {
    const d = findingDiagnostic(finding({ severity: 'info', text: 'Maria Lopez', message: 'A name.', reason: 'covered by consent AUTH-7, expires 2099-01-31' }));
    expect(d.message).toBe('A name. (covered by consent AUTH-7, expires 2099-01-31)');
  });

  it('shows a part that could not be read as an error at its place, and a failure at the top', () => {
    const [problem, first] = fileDiagnostics({ filePath: 'a.json', findings: [finding()], fatal: [{ line: 3, column: 7, message: 'unexpected end of JSON' }] });
    expect(problem).toMatchObject({ severity: 1, range: { start: { line: 2, character: 6 } }, message: 'phi-lint could not check this file completely: unexpected end of JSON' });
    expect(first.code).toBe('identifiers/mrn');
    expect(failureDiagnostic('bad config')).toMatchObject({ severity: 1, range: { start: { line: 0, character: 0 } }, message: 'phi-lint could not check this file: bad config' });
  });
});
