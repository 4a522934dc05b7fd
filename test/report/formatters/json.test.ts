import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run.js';
import { workspace } from '../../helpers/workspace.js';
import { formatJson, jsonChunks } from '../../../src/report/formatters/json.js';
import type { Finding, LintReport } from '../../../src/model/types.js';

const POST = 'Copied from the intake screen: MRN 00739142, please call back.\n';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The findings of a JSON run over the post, with an optional config. */
async function findings(config?: string) {
  dir = workspace({ 'post.txt': POST, ...(config ? { '.phi-lint.yaml': config } : {}) });
  const { stdout } = await runCli(['-f', 'json', 'post.txt'], dir);
  return JSON.parse(stdout).files[0].findings as Record<string, unknown>[];
}

describe('json formatter', () => {
  it('keeps the contract fields and adds the title and the rule page', async () => {
    const [mrn] = await findings();
    expect(mrn).toMatchObject({ ruleId: 'identifiers/mrn', category: 'mrn', severity: 'error', line: 1, column: 36, endLine: 1, endColumn: 44 });
    expect(mrn.message).toMatch(/^A medical record number points straight at a patient's chart/);
    expect(mrn).toMatchObject({ title: 'Medical record number', docs: 'docs/rules/identifiers/mrn.md', text: '********' });
  });

  it('names every rule that found a merged span, so switching off the reported one surprises nobody', async () => {
    const [merged] = await findings();
    expect(merged.rules).toEqual(['identifiers/mrn', 'identifiers/mrn-labelled']);
    const [next] = await findings('rules: { identifiers/mrn: off }\n');
    expect(next).toMatchObject({ ruleId: 'identifiers/mrn-labelled', line: 1, column: 36 });
    expect(next.rules).toBeUndefined();
  });
});

describe('json formatter in pieces', () => {
  const finding = { ruleId: 'r/x', category: 'name', severity: 'error', message: 'A “name”.\nSecond line ##[x]', line: 1, column: 2, endLine: 1, endColumn: 5, text: 'Ann', offset: 1, endOffset: 4 } as Finding;
  const summary = { files: 2, errors: 1, warnings: 0, infos: 0, fatal: 0 } as LintReport['summary'];

  it('lays out the document exactly as one JSON.stringify(doc, null, 2) does', () => {
    for (const files of [[], [{ filePath: 'a.md', findings: [] }], [{ filePath: 'a.md', findings: [finding], notes: ['n'] }, { filePath: 'b.json', findings: [{ ...finding, pointer: '/0/text' }] }]]) {
      const report = { files, summary } as LintReport;
      const doc = { version: 1, files: JSON.parse(formatJson(report)).files, summary };
      const expected = JSON.stringify(doc, null, 2).replace(/##\[/g, '#\\u0023[') + '\n';
      expect(formatJson(report)).toBe(expected);
      expect([...jsonChunks(report)].length).toBe(files.length + 2);
    }
  });
});
