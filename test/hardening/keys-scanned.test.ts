import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

/** Error findings as rule id, line:column-endColumn and the file's own text. */
async function errors(text: string, filePath: string) {
  const { findings } = await lintText(text, { filePath });
  return findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endColumn} ${f.text}`);
}

describe('property names and front-matter keys are scanned and label their values', () => {
  it('a JSON key labels its value: {"mrn": "00482913"} is an MRN', async () => {
    expect(await errors('{\n  "mrn": "00482913"\n}\n', 'post.json')).toEqual(['identifiers/mrn 2:11-19 00482913']);
    expect(await errors('{"patient_mrn": 482913}', 'post.json')).toEqual(['identifiers/mrn 1:17-23 482913']);
  });

  it('a JSON key labels a date of birth', async () => {
    expect(await errors('{"text": "Happy birthday!", "dob": "03/14/1961"}', 'post.json')).toEqual(['identifiers/date 1:37-47 03/14/1961']);
  });

  it('a JSON key that names a patient is found in the key', async () => {
    const found = await errors('{"Jane Doe": "was admitted with pneumonia"}', 'post.json');
    expect(found).toEqual(['identifiers/person-name 1:3-11 Jane Doe']);
  });

  it('front-matter keys are scanned and label their values', async () => {
    const md = '---\nmrn: "00482913"\nJane Doe: admitted with pneumonia\n---\nGet well soon.\n';
    const found = await errors(md, 'post.md');
    expect(found).toContain('identifiers/mrn 2:7-15 00482913');
    expect(found).toContain('identifiers/person-name 3:1-9 Jane Doe');
  });

  it('a publication date under its usual key is still no finding', async () => {
    const { findings } = await lintText('{"date": "2026-06-09", "text": "Flu shots at the library."}', { filePath: 'post.json' });
    expect(findings).toEqual([]);
  });
});
