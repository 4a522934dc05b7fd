import { describe, expect, it } from 'vitest';
import { careClause } from '../../../src/detect/kinds/care-detail.js';
import { lintText } from '../../../src/api.js';

const clause = (text: string, first: string) => careClause(text, { word: first, start: text.indexOf(first) }).word;

describe('care detail', () => {
  it('reaches from the first care term to the last one of its clause', () => {
    expect(clause('Our crew stabilized him on the field for a possible spinal injury and flew him by helicopter.', 'stabilized')).toBe('stabilized him on the field for a possible spinal injury');
    expect(clause('She was admitted in March with pneumonia, and went home in April.', 'admitted')).toBe('admitted in March with pneumonia');
  });

  it('stays the first term when the clause names no other care', () => {
    expect(clause('Walter was admitted on Monday, and his family visited.', 'admitted')).toBe('admitted');
  });

  it('is reported beside a patient error, covering the condition', async () => {
    const r = await lintText('Anna Lindqvist, 34, was admitted overnight for a possible spinal injury and went home today.', { filePath: 'post.txt' });
    const care = r.findings.filter((f) => f.ruleId === 'context/care-detail').map((f) => f.text);
    expect(care).toEqual(['admitted overnight for a possible spinal injury']);
  });
});
