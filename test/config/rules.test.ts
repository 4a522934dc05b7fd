import { describe, expect, it } from 'vitest';
import type { Sourced } from '../../src/config/merge.js';
import { applyRuleSettings, unknownRuleProblems } from '../../src/config/rules.js';
import type { SeveritySetting } from '../../src/config/schema.js';
import { testRules } from '../helpers/workspace.js';

const settings = (entries: Record<string, SeveritySetting>) =>
  new Map(Object.entries(entries).map(([id, value]): [string, Sourced<SeveritySetting>] => [id, { value, where: 'c.yaml:1:1' }]));

describe('applyRuleSettings', () => {
  const rules = testRules();
  const byId = (list: typeof rules) => Object.fromEntries(list.map((r) => [r.spec.id, [r.spec.severity, r.spec.unlinked]]));

  it('drops "off" rules and replaces severities; "warn" means warning', () => {
    const out = applyRuleSettings(rules, settings({ 'test/mrn': 'off', 'test/email': 'warn' }));
    expect(byId(out)).toEqual({ 'test/phone': ['error', 'info'], 'test/email': ['warning', 'warning'] });
  });

  it('caps the unlinked severity of person-linked rules at the new severity', () => {
    expect(byId(applyRuleSettings(rules, settings({ 'test/phone': 'info', 'test/email': 'info' })))).toMatchObject({
      'test/phone': ['info', 'info'],
      'test/email': ['info', 'info'],
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
    expect(unknownRuleProblems(known, [{ value: 'test/phon', where: 'c.yaml:3:3' }, { value: 'test/mrn', where: 'c.yaml:4:3' }])).toEqual([
      'c.yaml:3:3: unknown rule "test/phon" (no loaded rule pack defines it)',
    ]);
  });
});
