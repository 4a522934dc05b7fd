import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../../src/report/formatters/github.js';
import { finding, report } from '../../helpers/report.js';
import { runCli } from '../../helpers/run.js';

describe('github formatter', () => {
  it('prints one workflow command per finding, by severity', async () => {
    const lines = (await runCli(['-f', 'github', '--min-severity', 'info', '.'])).stdout.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^:]+::/.test(l))).toBe(true);
    expect(lines.some((l) => /^::error file=patient-story.md,line=8,endLine=8,col=9,endColumn=16,title=identifiers\/mrn[^:]*::Medical record number "\*{8}"$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('::warning file=staff%2C event.txt,line=3,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::notice file=staff%2C event.txt,line=2,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=broken.json,line=1,col=49,title=phi-lint%3A file not scanned::malformed JSON'))).toBe(true);
  });

  it('escapes properties and data', () => {
    const out = formatGithub(
      report({ filePath: 'posts/a,b:c%.md', findings: [finding({ ruleId: 'x/y', message: '100% sure,\r\nreally: yes', severity: 'info' })] }),
    );
    expect(out).toBe(
      '::notice file=posts/a%2Cb%3Ac%25.md,line=2,endLine=2,col=5,endColumn=12,title=x/y::100%25 sure,%0D%0Areally: yes "********"\n',
    );
  });

  it('leaves out columns for a finding that spans lines', () => {
    const out = formatGithub(report({ filePath: 'a.md', findings: [finding({ line: 2, endLine: 3, endColumn: 4 })] }));
    expect(out).toMatch(/^::error file=a\.md,line=2,endLine=3,title=identifiers\/mrn::/);
  });
});
