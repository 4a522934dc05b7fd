import { describe, expect, it } from 'vitest';
import { maskFinding, maskPointer, maskResults, maskSource } from '../../src/report/mask.js';
import { runCli } from '../helpers/run.js';
import { workspace } from '../helpers/workspace.js';
import { finding } from '../helpers/report.js';

const SOURCE = 'Hi Rosalind Featherstone!\r\nROSALIND and rosalind-photo.jpg, not Rosalinda.\n';
const name = finding({ offset: 3, endOffset: 24, text: 'Rosalind Featherstone' });
const first = finding({ offset: 3, endOffset: 11, text: 'Rosalind' });

describe('maskSource', () => {
  it('hides every finding span with the same length and keeps line breaks', () => {
    const masked = maskSource('MRN 0057\n1938 end', [finding({ offset: 4, endOffset: 13, text: '0057\n1938' })]);
    expect(masked).toBe('MRN ****\n**** end');
  });

  it('hides other whole-word occurrences of a matched text in any case', () => {
    const masked = maskSource(SOURCE, [name, first]);
    expect(masked).toBe('Hi *********************!\r\n******** and ********-photo.jpg, not Rosalinda.\n');
    expect(masked).toHaveLength(SOURCE.length);
  });

  it('is idempotent, so masked reports mask the same way again', () => {
    const once = maskResults([{ filePath: 'a.txt', findings: [name, first], source: SOURCE }])[0];
    expect(maskSource(once.source!, once.findings)).toBe(once.source);
    expect(once.findings.map((f) => f.text)).toEqual(['************', '********']);
  });
});

describe('maskPointer', () => {
  it('masks each object key but common field names with one fixed mask and keeps array indexes, so the shape stays', () => {
    expect(maskPointer('/posts/12/replies/Jane Doe/text')).toBe('/posts/12/replies/***/text');
    expect(maskPointer('/Rosalind Featherstone')).toBe('/***');
    expect(maskPointer('/rosalind/Page/janeDoe/jane_reply')).toBe('/***/***/***/***');
    expect(maskPointer('/02134/0/00571938/12345')).toBe('/***/0/***/***');
    expect(maskPointer('/calendar/draft_reply/altText/alt-text')).toBe('/calendar/draft_reply/altText/alt-text');
    expect(maskPointer('')).toBe('');
    expect(maskFinding(finding({ pointer: '/calendar/3/Jane Doe' })).pointer).toBe('/calendar/3/***');
  });

  it('keeps object keys out of -f json and SARIF unless --no-mask', async () => {
    const cwd = workspace({ 'cal.json': '{"Rosalind Featherstone": ["MRN 00571938"]}\n' });
    const json = JSON.parse((await runCli(['-f', 'json', 'cal.json'], cwd)).stdout);
    expect(json.files[0].findings.map((f: { pointer: string }) => f.pointer)).toContain('/***/0');
    const sarif = (await runCli(['-f', 'sarif', 'cal.json'], cwd)).stdout;
    expect(sarif).toContain('"jsonPointer": "/***/0"');
    expect(JSON.stringify(json) + sarif).not.toMatch(/Rosalind|Featherstone/);
    expect((await runCli(['-f', 'json', '--no-mask', 'cal.json'], cwd)).stdout).toContain('"pointer": "/Rosalind Featherstone/0"');
  });
});
