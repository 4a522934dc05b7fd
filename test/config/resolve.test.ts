import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolve.js';
import { locatedProblems } from '../helpers/located.js';
import { TEST_PACK, testRules, workspace } from '../helpers/workspace.js';

const ACME = `rules:
  - id: acme/member-id
    category: health-plan
    severity: error
    message: A member ID.
    detector: pattern
    patterns: ['\\bACM\\d{9}\\b']
    examples: { match: ['ACM123456789'], noMatch: ['ACM'] }
`;

describe('ConfigResolver', () => {
  it('merges the discovered chain, extends packs and applies rule settings per file', () => {
    const cwd = workspace({
      '.phi-lint.yaml': 'root: true\nextends: [./acme.yaml]\nrules: { test/phone: "off" }\n',
      'posts/.phi-lint.yaml': 'rules: { acme/member-id: warning }\n',
      'acme.yaml': ACME,
    });
    const resolver = new ConfigResolver({ cwd, rules: testRules() });
    const ids = (file: string) => resolver.settingsFor(file).rules.map((r) => `${r.spec.id}:${r.spec.severity}`);
    expect(ids('a.txt')).toEqual(['test/mrn:error', 'test/email:error', 'acme/member-id:error']);
    expect(ids('posts/a.txt')).toContain('acme/member-id:warning');
    expect(resolver.settingsFor('posts/a.txt').knownRuleIds.has('test/phone')).toBe(true);
  });

  it('adds -c over the discovered configs, or alone with configLookup: false', () => {
    const cwd = workspace({ '.phi-lint.yaml': 'rules: { test/mrn: "off" }\n', 'ci.yaml': 'rules: { test/email: info }\n' });
    const ids = (options: object) => new ConfigResolver({ cwd, rules: testRules(), ...options }).settingsFor('a.md').rules.map((r) => r.spec.id);
    expect(ids({})).toEqual(['test/phone', 'test/email']);
    expect(ids({ configFile: 'ci.yaml' })).toEqual(['test/phone', 'test/email']);
    expect(ids({ configFile: 'ci.yaml', configLookup: false })).toEqual(['test/mrn', 'test/phone', 'test/email']);
  });

  it('reports rule ids no pack defines, with their position', () => {
    const cwd = workspace({ '.phi-lint.yaml': 'rules:\n  test/phon: "off"\nallow:\n  - { value: x, rules: [test/mail] }\n' });
    expect(locatedProblems(() => new ConfigResolver({ cwd, rules: testRules() }).settingsFor('a.txt'))).toEqual([
      '.phi-lint.yaml:2:3: unknown rule "test/phon" (did you mean "test/phone"?)',
      '.phi-lint.yaml:4:5: unknown rule "test/mail" (did you mean "test/email"?)',
    ]);
  });

  it('loads the consent registry only when asked, relative to its config', () => {
    const cwd = workspace({ 'site/.phi-lint.yaml': 'consentRegistry: consent.yaml\n', 'site/consent.yaml': '[]\n', 'pack.yaml': TEST_PACK });
    const settings = new ConfigResolver({ cwd, rulePacks: ['pack.yaml'], noBuiltin: true }).settingsFor(path.join('site', 'p.md'));
    expect(settings.consentRegistry()).toEqual(new Map());
    expect(new ConfigResolver({ cwd, rules: testRules() }).settingsFor('p.md').consentRegistry()).toBeUndefined();
  });
});
