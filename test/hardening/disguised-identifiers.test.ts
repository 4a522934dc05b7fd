import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

/** Every error finding as rule id, 1-based line:column-endColumn and the file's own text. */
async function errors(text: string, filePath = 'post.txt') {
  const { findings } = await lintText(text, { filePath });
  return findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endColumn} ${f.text}`);
}

const SSN = 'identifiers/ssn';

describe('identifiers in disguise are found where they stand', () => {
  const cases: [string, string][] = [
    ['Unicode hyphens', '123\u201045\u20116789'],
    ['en and em dashes', '123\u201345\u20146789'],
    ['minus signs and fullwidth hyphens', '123\u221245\uff0d6789'],
    ['no-break spaces', '123\u00a045\u202f6789'],
    ['soft hyphens and zero-width characters', '123\u00ad-45-\u206067\u200b89'],
    ['fullwidth digits', '\uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19'],
    ['Arabic-Indic digits', '\u0661\u0662\u0663-\u0664\u0665-\u0666\u0667\u0668\u0669'],
    ['underline styling', '1\u03322\u03323\u0332-4\u03325\u0332-6\u03327\u03328\u03329\u0332'],
    ['keycap emoji digits', '1\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e3-45-6789'],
  ];
  for (const [name, ssn] of cases) {
    it(`an SSN written with ${name}`, async () => {
      const line = `Patient SSN ${ssn} is on file.`;
      expect(await errors(`Intake note.\n${line}\n`)).toEqual([`${SSN} 2:13-${13 + ssn.length} ${ssn}`]);
    });
  }

  it('Markdown character references between the groups', async () => {
    const md = 'Patient SSN 123&hyphen;45&#x2010;6789 is on file.\n';
    const found = await errors(md, 'post.md');
    expect(found).toEqual([`${SSN} 1:13-38 123\u201045\u20106789`]);
  });

  it('JSON escapes of Unicode hyphens and zero-width spaces, the finding covering the escapes whole', async () => {
    const json = '{"note": "Patient SSN 123\\u201045\\u200b-6789 on file."}';
    const start = json.indexOf('123');
    const end = json.indexOf('6789') + 4;
    expect(await errors(json, 'post.json')).toEqual([`${SSN} 1:${start + 1}-${end + 1} 123\u201045\u200b-6789`]);
  });

  it('an MRN and a phone number with invisible characters and non-breaking hyphens', async () => {
    expect(await errors('Patient MRN 0048\u200b2913 was admitted.\n')).toEqual(['identifiers/mrn 1:13-22 0048\u200b2913']);
    const phone = await lintText('Our patient Jane can be reached at 555\u2011555\u20110123.', { filePath: 'a.txt' });
    expect(phone.findings.some((f) => f.category === 'phone' && f.text === '555\u2011555\u20110123' && f.column === 36)).toBe(true);
  });

  it('labels written with # still label', async () => {
    expect(await errors('Patient MR# 1234567 was admitted.')).toEqual(['identifiers/mrn 1:13-20 1234567']);
    expect(await errors('Refill Rx # 1234567 for the patient.')).toEqual(['identifiers/rx-number 1:13-20 1234567']);
  });

  it('positions after a disguise on the same line stay exact', async () => {
    const text = 'SSN 123\u200b-45-6789 and SSN 987-65-4321.';
    expect(await errors(text)).toEqual([`${SSN} 1:5-17 123\u200b-45-6789`, 'identifiers/ssn-labelled 1:26-37 987-65-4321']);
  });

  it('an invisible character after the number is not part of the finding', async () => {
    expect(await errors('Patient SSN 123-45-6789\u200b\u00ad is on file.')).toEqual([`${SSN} 1:13-24 123-45-6789`]);
  });
});
