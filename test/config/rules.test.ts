import { describe, expect, it } from 'vitest';
import type { Sourced } from '../../src/config/merge.js';
import { applyRuleSettings, unknownRuleProblems } from '../../src/config/rules.js';
import type { SeveritySetting } from '../../src/config/schema.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';
import { testRules } from '../helpers/workspace.js';

const workspace = tempWorkspaces();

const settings = (entries: Record<string, SeveritySetting>) =>
  new Map(Object.entries(entries).map(([id, value]): [string, Sourced<SeveritySetting>] => [id, { value, where: 'c.yaml:1:1' }]));

describe('applyRuleSettings', () => {
  const rules = testRules();
  const byId = (list: typeof rules) => Object.fromEntries(list.map((r) => [r.spec.id, [r.spec.severity, r.spec.unlinked]]));

  it('drops "off" rules and replaces severities; "warn" means warning', () => {
    const out = applyRuleSettings(rules, settings({ 'test/mrn': 'off', 'test/email': 'warn' }));
    expect(byId(out)).toEqual({ 'test/phone': ['error', 'info'], 'test/email': ['warning', 'warning'] });
  });

  it('a configured severity is the person-linked rule\'s severity with or without a patient link', () => {
    const out = applyRuleSettings(rules, settings({ 'test/phone': 'error', 'test/email': 'info' }));
    expect(byId(out)).toMatchObject({ 'test/phone': ['error', 'error'], 'test/email': ['info', 'info'] });
    expect(out.map((r) => r.configured)).toEqual([undefined, 'error', 'info']);
  });

  it('keeps "unlinked: off" off: a setting changes how loud a finding is, not what is found', () => {
    const silent = rules.map((r) => (r.spec.id === 'test/phone' ? { ...r, spec: { ...r.spec, unlinked: 'off' as const } } : r));
    expect(byId(applyRuleSettings(silent, settings({ 'test/phone': 'error' })))['test/phone']).toEqual(['error', 'off']);
  });

  describe('identifiers/person-name: error in a config', () => {
    const names = async (text: string, config?: string) => {
      const dir = workspace(config ? { '.phi-lint.yaml': config } : {});
      const { lintText } = await import('../../src/api.js');
      const result = await lintText(text, { cwd: dir, filePath: 'post.txt' });
      return result.findings.filter((f) => f.ruleId === 'identifiers/person-name').map((f) => [f.severity, f.decision]);
    };
    const strict = 'root: true\nrules: { identifiers/person-name: error }\n';

    it('makes a name with no patient link an error (a warning by default)', async () => {
      const text = 'Meet Hank Dorsey at the farmers market.';
      expect(await names(text)).toEqual([['warning', 'unlinked']]);
      expect(await names(text, strict)).toEqual([['error', 'unlinked']]);
    });

    it('makes a staff member\'s name an error too (an info by default): allow lists the staff', async () => {
      const text = 'Dr. Anil Mehta, our head of orthopedics, will speak.';
      expect(await names(text)).toEqual([['info', 'staff-or-public-figure']]);
      expect(await names(text, strict)).toEqual([['error', 'staff-or-public-figure']]);
      expect(await names(text, `${strict}allow: [Anil Mehta]\n`)).toEqual([]);
    });

    it('info lowers a patient\'s name too, and an override for some files wins there only', async () => {
      const text = 'Our patient Hank Dorsey had a stroke.';
      expect(await names(text, 'root: true\nrules: { identifiers/person-name: info }\n')).toEqual([['info', 'patient-sentence']]);
      expect(await names('Meet Hank Dorsey at the market.', "root: true\noverrides: [{ files: ['*.txt'], rules: { identifiers/person-name: error } }]\n")).toEqual([['error', 'unlinked']]);
    });
  });

  it('gives a contextual rule\'s hits the configured severity', async () => {
    const { lintText, loadRules } = await import('../../src/api.js');
    const text = 'Sorry your MRI ran late on Monday, Chris; we can see you were rescheduled twice.';
    const relationship = (severity: SeveritySetting) => {
      const configured = applyRuleSettings(loadRules(), settings({ 'context/patient-relationship': severity }));
      return lintText(text, { rules: configured }).then((r) => r.findings.filter((f) => f.ruleId === 'context/patient-relationship').map((f) => f.severity));
    };
    expect(await relationship('error')).toEqual(['error', 'error']);
    expect(await relationship('warning')).toEqual(['warning', 'warning']);
  });

  it('returns the same rules when nothing is configured', () => {
    expect(applyRuleSettings(rules, new Map())).toBe(rules);
  });

  it('names unknown rule ids with their position', () => {
    const known = new Set(rules.map((r) => r.spec.id));
    expect(unknownRuleProblems(known, [{ value: 'test/phon', where: 'c.yaml:3:3' }, { value: 'test/mrn', where: 'c.yaml:4:3' }, { value: 'acme/x', where: 'c.yaml:5:3' }])).toEqual([
      'c.yaml:3:3: unknown rule "test/phon" (did you mean "test/phone"?)',
      'c.yaml:5:3: unknown rule "acme/x" (no loaded rule pack defines it)',
    ]);
  });
});
