import { describe, expect, it } from 'vitest';
import { isOwnOrgName, joinedForms, ownOrgKeys } from '../../src/context/own-org.js';
import type { Segment } from '../../src/model/types.js';

const seg = (text: string, key?: string): Segment => ({ text, kind: 'text', start: 0, ...(key ? { key } : {}) }) as Segment;

describe('ownOrgKeys', () => {
  it('reads sender fields, hashtags, handles, domains and sign-offs', () => {
    const keys = ownOrgKeys([
      seg('Cornerstone Behavioral Health', 'org'),
      seg('Call us. #GriefSupport #HarborHospice @GoldenValleyCare'),
      seg('Apply at harmonyspringsfh.example.org/jobs'),
      seg('Thanks!\n— Nicole Brandt, FNP-C | CareLink Virtual Health'),
    ]);
    expect(keys).toEqual(expect.arrayContaining(['cornerstonebehavioralhealth', 'harborhospice', 'goldenvalleycare', 'harmonyspringsfh', 'carelinkvirtualhealth']));
    expect(keys).not.toContain('example');
  });
  it('leaves out fields that are not the sender and clauses in a quote attribution', () => {
    const keys = ownOrgKeys([seg('Mercy General', 'title'), seg('"They saved him." — Ana, whose dad was treated at Mercy General')]);
    expect(keys.some((k) => k.includes('mercygeneral'))).toBe(false);
  });
});

describe('joinedForms', () => {
  it('cuts the last words to initials, keeping the first whole', () =>
    expect(joinedForms('Harmony Springs Family Health')).toEqual(['harmonyspringsfamilyhealth', 'harmonyspringsfamilyh', 'harmonyspringsfh', 'harmonysfh']));
});

describe('isOwnOrgName', () => {
  const keys = ['harborhospicecares', 'harmonyspringsfh', 'summithealthplanmembernews'];
  it.each(['Harbor Hospice', 'Harmony Springs Family Health', 'Summit Health'])('%s is the sender', (name) => expect(isOwnOrgName(name, keys)).toBe(true));
  it.each(['Mercy General', 'Harmony Hospital', 'Summit Clinic'])('%s is another place', (name) => expect(isOwnOrgName(name, keys)).toBe(false));
  it('needs keys', () => expect(isOwnOrgName('Harbor Hospice', [])).toBe(false));
});
