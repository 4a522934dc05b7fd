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
