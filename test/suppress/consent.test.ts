import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { parseSource } from '../../src/formats/index.js';
import { applyConsent, findConsent } from '../../src/suppress/consent.js';
import { parseConsentRegistry } from '../../src/suppress/consent-registry.js';
import { finding } from '../helpers/findings.js';
import { locatedProblems } from '../helpers/located.js';
import { testRules, workspace } from '../helpers/workspace.js';

const REGISTRY = `- id: AUTH-2026-014
  subject: Riley Example, triathlon story
  covers:
    categories: [name]
    values: ['(617) 555-0142', Riley Example]
  expires: 2099-12-31
- id: AUTH-2020-001
  subject: Sam Example
  covers: { categories: [date] }
  expires: 2020-01-31
`;

const registryProblems = (text: string) => locatedProblems(() => parseConsentRegistry(text, 'consent.yaml'));

describe('parseConsentRegistry', () => {
  it('reads records by id', () => {
    const registry = parseConsentRegistry(REGISTRY, 'consent.yaml');
    expect([...registry.keys()]).toEqual(['AUTH-2026-014', 'AUTH-2020-001']);
    expect(registry.get('AUTH-2026-014')!.covers.values).toEqual(['(617) 555-0142', 'Riley Example']);
    expect(parseConsentRegistry('', 'consent.yaml').size).toBe(0);
  });

  it('never quotes a misplaced key or an unknown category (either may be a name), and locates alias bombs and unresolved aliases', () => {
    const problems = registryProblems('- id: A-1\n  subject: x\n  covers: { categories: [Bertil Ekdahl] }\n  expires: 2026-01-01\n  Bertil Ekdahl: cardiology\n');
    expect(problems).toEqual([
      expect.stringMatching(/^consent\.yaml:3:26: "0\.covers\.categories\.0": unknown category \(one of: name, /),
      'consent.yaml:5:3: unknown key (not quoted: it may be a name)',
    ]);
    expect(problems.join('\n')).not.toContain('Ekdahl');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
    expect(registryProblems(bomb)).toEqual([expect.stringMatching(/^consent\.yaml:2:\d+: invalid YAML: aliases expand to too much data/)]);
    expect(registryProblems('- id: A-1\n  subject: *someone\n')).toEqual(['consent.yaml:2:12: invalid YAML: an alias (*name) used before its anchor (&name) is defined']);
  });

  it('reports located problems: duplicates, dates, empty or direct-identifier coverage', () => {
    expect(registryProblems(`- { id: A-1, subject: x, covers: { categories: [name] }, expires: 2026-02-30 }
- { id: A-1, subject: x, covers: { categories: [mrn] }, expires: 2026-01-01 }
- { id: A-2, subject: x, covers: {}, expires: 2026-01-01 }
- { id: A-3, subject: x, covers: { values: [x] }, expires: soon, who: y }
`)).toEqual([
      'consent.yaml:1:67: "0.expires": not a calendar date',
      'consent.yaml:2:49: "1.covers.categories.0": "mrn" is a direct identifier: no consent can cover it',
      'consent.yaml:3:34: "2.covers": a consent must cover at least one category or value',
      'consent.yaml:4:60: "3.expires": write the date as YYYY-MM-DD',
      'consent.yaml:4:66: unknown key (not quoted: it may be a name)',
    ]);
    expect(registryProblems('- { id: A-1, subject: x, covers: { categories: [claim, advice] }, expires: 2026-01-01 }\n')).toEqual([
      'consent.yaml:1:49: "0.covers.categories.0": "claim" is not health information about a person: no consent can cover it',
      'consent.yaml:1:56: "0.covers.categories.1": "advice" is not health information about a person: no consent can cover it',
    ]);
    expect(registryProblems('- { id: A-1, subject: x, covers: { categories: [name] }, expires: 2026-01-01 }\n- { id: A-1, subject: y, covers: { categories: [date] }, expires: 2026-01-01 }\n')).toEqual([
      'consent.yaml:2:9: duplicate consent id "A-1"',
    ]);
  });
});

describe('findConsent', () => {
  const find = (source: string, file: string) => findConsent(source, parseSource(source, file).segments).map((d) => [d.id, source.slice(d.offset, d.endOffset)]);

  it('reads front matter in Markdown and the top-level field in JSON (one id or a list)', () => {
    expect(find('---\ntitle: Story\nconsent: AUTH-2026-014\n---\nText.\n', 'a.md')).toEqual([['AUTH-2026-014', 'AUTH-2026-014']]);
    expect(find('{"consent": ["A-1", "A-2"], "post": {"consent": "not top level"}}', 'a.json')).toEqual([['A-1', 'A-1'], ['A-2', 'A-2']]);
    expect(find('consent: A-1\n', 'a.txt')).toEqual([]);
  });
});

describe('applyConsent', () => {
  const registry = parseConsentRegistry(REGISTRY, 'consent.yaml');
  const decl = (id: string) => ({ id, offset: 0, endOffset: id.length });
  const phone = () => [finding({ text: '617.555.0142' })];
  const run = (ids: string[], findings = phone(), reg: typeof registry | null = registry) =>
    applyConsent(findings, { declarations: ids.map(decl), registry: reg ?? undefined, today: '2026-05-01' });

  it('drops covered findings to info, by value (phones by digits, parts of names) or category', () => {
    const out = run(['AUTH-2026-014'], [
      finding({ text: '617.555.0142' }),
      finding({ text: 'Ms. Example', category: 'name', ruleId: 'test/name' }),
      finding({ text: 'Riley Example', category: 'name', ruleId: 'test/name', severity: 'warning' }),
    ]);
    expect(out.findings.map((f) => [f.severity, f.reason])).toEqual(Array(3).fill(['info', 'covered by consent AUTH-2026-014, expires 2099-12-31']));
    expect(out.problems).toEqual([]);
  });

  it('an unknown or expired consent, or no registry at all, is an error and covers nothing', () => {
    for (const [ids, reg, message] of [
      [['AUTH-9999-000'], registry, /^The consent this post declares is not in the consent registry/],
      [['AUTH-2020-001'], registry, /Consent "AUTH-2020-001" expired on 2020-01-31/],
      [['AUTH-2026-014'], null, /declares a consent, but no consentRegistry is configured/],
    ] as const) {
      const out = run([...ids], phone(), reg);
      expect(out.findings[0].severity).toBe('error');
      expect(out.problems).toEqual([expect.objectContaining({ ruleId: 'phi-lint/consent', severity: 'error', category: 'consent', message: expect.stringMatching(message) })]);
    }
  });

  it('never quotes the declared value, which is whatever the author wrote', () => {
    for (const reg of [registry, null]) {
      const out = run(['Jane Example agreed on the phone'], phone(), reg);
      expect(out.problems).toHaveLength(1);
      expect(out.problems[0].message).not.toMatch(/Jane|Example|agreed|phone/);
    }
  });

  it('errors it does not cover make the consent out of scope; direct identifiers are never covered', () => {
    const out = run(['AUTH-2026-014'], [
      finding({ text: 'MRN 1234567', category: 'mrn', ruleId: 'test/mrn' }),
      finding({ text: '617-555-0100' }),
      finding({ text: 'a@example.org', category: 'email', ruleId: 'test/email', severity: 'info' }),
    ]);
    expect(out.findings.map((f) => [f.severity, f.reason])).toEqual([
      ['error', 'not covered by consent AUTH-2026-014'],
      ['error', 'not covered by consent AUTH-2026-014'],
      ['info', undefined],
    ]);
    expect(out.problems.map((p) => p.message)).toEqual([
      'Consent AUTH-2026-014 does not cover 2 findings in this post (mrn, phone): remove those details or extend the consent record.',
    ]);
  });

  it('leaves advice and claims alone: not covered, and no reason for the consent to fail', () => {
    const out = run(['AUTH-2026-014'], [
      finding({ text: 'Riley Example', category: 'name' }),
      finding({ text: 'double your dose', category: 'advice', ruleId: 'advice/dose' }),
      finding({ text: 'cures diabetes', category: 'claim', ruleId: 'claims/cure', severity: 'warning' }),
    ]);
    expect(out.findings.map((f) => [f.category, f.severity, f.reason])).toEqual([
      ['name', 'info', 'covered by consent AUTH-2026-014, expires 2099-12-31'],
      ['advice', 'error', undefined],
      ['claim', 'warning', undefined],
    ]);
    expect(out.problems).toEqual([]);
  });

  it('never puts the subject or the covered values in a message', () => {
    const out = run(['AUTH-2026-014', 'AUTH-2020-001'], [finding({ text: 'Riley Example', category: 'name' }), finding({ text: 'MRN 1234567', category: 'mrn' })]);
    const text = JSON.stringify(out);
    expect(text).not.toMatch(/triathlon|Sam Example|555-0142/);
  });
});

describe('consent end to end (lintText)', () => {
  it('resolves the registry named in the config, relative to it', async () => {
    const cwd = workspace({ '.phi-lint.yaml': 'consentRegistry: private/consent.yaml\n', 'private/consent.yaml': REGISTRY });
    const md = '---\nconsent: AUTH-2026-014\n---\nOur patient can be reached at 617-555-0142.\n';
    const { findings } = await lintText(md, { cwd, filePath: 'posts/story.md', rules: testRules(), today: '2026-05-01' });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.reason}`)).toEqual(['4:31 info covered by consent AUTH-2026-014, expires 2099-12-31']);
    const late = await lintText(md, { cwd, filePath: 'posts/story.md', rules: testRules(), today: '2100-01-01' });
    expect(late.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual(['2:10 error phi-lint/consent', '4:31 error test/phone']);
  });
});
