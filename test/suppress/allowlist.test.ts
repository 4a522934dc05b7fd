import { describe, expect, it } from 'vitest';
import { applyAllowlist, compileAllowlist, parseRegex } from '../../src/suppress/allowlist.js';
import { normalizeMatch } from '../../src/suppress/normalize.js';
import { finding } from '../helpers/findings.js';

describe('normalizeMatch', () => {
  it('compares phones and faxes by digits, without a leading US country code', () => {
    expect(normalizeMatch('(617) 555-0100', 'phone')).toBe('6175550100');
    expect(normalizeMatch('+1 617.555.0100', 'fax')).toBe('6175550100');
  });

  it('folds case and white space, and titles of names', () => {
    expect(normalizeMatch('  Westside\n Clinic ', 'location')).toBe('westside clinic');
    expect(normalizeMatch('Dr. Anil  Mehta', 'name')).toBe('anil mehta');
    expect(normalizeMatch('Dr. Anil Mehta', 'location')).toBe('dr. anil mehta');
  });
});

describe('parseRegex', () => {
  it('matches the whole value, with /source/flags or a bare source', () => {
    expect(parseRegex('/^#westside\\w*$/i').test('#WestsideCares')).toBe(true);
    expect(parseRegex('Mehta').test('Priya Mehta')).toBe(false);
    expect(parseRegex('a|b').test('ab')).toBe(false);
    expect(() => parseRegex('(open')).toThrow(/missing closing \)/);
  });

  it('runs on RE2: a catastrophic pattern answers at once instead of hanging CI', () => {
    const started = Date.now();
    expect(parseRegex('([\\w.@-]+)+!').test(`${'a'.repeat(16)}@example.org`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps the i, s and m flags; rejects lookahead and unknown flags', () => {
    expect(parseRegex('/room [a-c]/i').test('Room B')).toBe(true);
    expect(parseRegex('/a.b/s').test('a\nb')).toBe(true);
    expect(parseRegex('a.b').test('a\nb')).toBe(false);
    expect(() => parseRegex('(?=Room)Room 4')).toThrow(/RE2/);
    expect(() => parseRegex('/x/q')).toThrow(/unknown flag "q"/);
  });
});

describe('compileAllowlist', () => {
  const source = 'Call Westside Clinic at 617-555-0100 or email events@example.org. Dr. Anil Mehta leads.';
  const at = (text: string, over: object = {}) => finding({ text, offset: source.indexOf(text), ...over });

  it('allows exact values: phones by digits, the rest ignoring case', () => {
    const allowed = compileAllowlist([{ value: '(617) 555-0100' }, { value: 'dr. anil mehta' }]);
    expect(allowed(at('617-555-0100'), source)).toBe(true);
    expect(allowed(at('617-555-0142'), source)).toBe(false);
    expect(allowed(at('Anil Mehta', { category: 'name', ruleId: 'test/name' }), source)).toBe(true);
  });

  it('allows a finding inside an occurrence of an allowed value in the text', () => {
    const allowed = compileAllowlist([{ value: 'Westside Clinic' }]);
    expect(allowed(at('Westside', { category: 'location' }), source)).toBe(true);
    expect(allowed(finding({ text: 'Westside', category: 'location', offset: 0 }), 'Westside is where she lives.')).toBe(false);
  });

  it('allows e-mail addresses and URLs on a domain or its subdomains', () => {
    const allowed = compileAllowlist([{ domain: 'example.org' }]);
    const email = (text: string) => finding({ text, category: 'email', offset: 0 });
    expect(allowed(email('events@example.org'), '')).toBe(true);
    expect(allowed(email('a@news.example.org'), '')).toBe(true);
    expect(allowed(email('a@example.org.evil.test'), '')).toBe(false);
    expect(allowed(finding({ text: 'https://portal.example.org/p?id=1', category: 'url' }), '')).toBe(true);
    expect(allowed(finding({ text: 'notexample.org/x', category: 'url' }), '')).toBe(false);
  });

  it('allows by regex, and scopes any entry to some rules', () => {
    const allowed = compileAllowlist([{ regex: '/^#westside\\w*$/i' }, { value: '617-555-0100', rules: ['test/fax'] }]);
    expect(allowed(finding({ text: '#WestsideCares', category: 'other-id' }), '')).toBe(true);
    expect(allowed(finding({ text: '617-555-0100' }), '')).toBe(false);
    expect(allowed(finding({ text: '617-555-0100', ruleId: 'test/fax', category: 'fax' }), '')).toBe(true);
  });

  it('applyAllowlist drops exactly the allowed findings', () => {
    const findings = [at('617-555-0100'), at('events@example.org', { category: 'email' })];
    expect(applyAllowlist(findings, source, compileAllowlist([{ domain: 'example.org' }]))).toEqual([findings[0]]);
    expect(applyAllowlist(findings, source, compileAllowlist([]))).toEqual(findings);
  });
});
