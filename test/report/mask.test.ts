import { describe, expect, it } from 'vitest';
import { maskResults, maskSource } from '../../src/report/mask.js';
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
