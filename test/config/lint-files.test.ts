import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { TEST_PACK, workspace } from '../helpers/workspace.js';

describe('lintFiles with configs', () => {
  const cwd = workspace({
    'pack.yaml': TEST_PACK,
    '.phi-lint.yaml': `root: true
ignorePatterns: [archive/]
allow:
  - (617) 555-0100
  - { domain: example.org, rules: [test/email] }
overrides:
  - files: ['replies/*.txt']
    rules: { test/phone: warning }
`,
    'posts/a.txt': 'Our patient called 617-555-0100 and 617-555-0142; write to a@example.org or b@example.net.\n',
    'replies/r.txt': 'Our patient called 617-555-0142.\n',
    'archive/old.txt': 'MRN 1234567\n',
    'other/.phi-lint.yaml': 'rules: { test/mrn: "off" }\nallow: [MRN 7654321]\n',
    'other/o.txt': 'MRN 1234567 and 617-555-0100 for the patient\n',
  });
  const lint = () => lintFiles(['.'], { cwd, rulePacks: ['pack.yaml'], noBuiltin: true });

  it('skips ignored files, drops allowed values and applies overrides and nested configs', async () => {
    const report = await lint();
    const rows = report.files.map((f) => [f.filePath, f.findings.map((x) => `${x.severity} ${x.text}`)]);
    expect(rows).toEqual([
      ['other/o.txt', []],
      ['posts/a.txt', ['error 617-555-0142', 'error b@example.net']],
      ['replies/r.txt', ['warning 617-555-0142']],
    ]);
  });

  it('configLookup: false uses no config at all', async () => {
    const report = await lintFiles(['.'], { cwd, rulePacks: ['pack.yaml'], noBuiltin: true, configLookup: false });
    expect(report.files.map((f) => f.filePath)).toContain('archive/old.txt');
    expect(report.summary.errors).toBeGreaterThan(5);
  });
});
