import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load.js';
import { locatedProblems } from '../helpers/located.js';
import { workspace } from '../helpers/workspace.js';

function problems(name: string, text: string, extra: Record<string, string> = {}): string[] {
  const dir = workspace({ [name]: text, ...extra });
  return locatedProblems(() => loadConfigFile(path.join(dir, name), (abs) => path.relative(dir, abs)));
}

describe('loadConfigFile', () => {
  it('loads every documented key', () => {
    const dir = workspace({
      '.phi-lint.yaml': `root: true
extends: [./acme.yaml]
rules: { identifiers/phone: warn, identifiers/email: "off" }
overrides: [{ files: 'replies/**', rules: { identifiers/person-name: error } }]
ignorePatterns: drafts/
allow:
  - Westside Community Hospital
  - 6175550100
  - { domain: example.org, rules: [identifiers/email] }
  - { regex: '/^#westside\\w*$/i', note: our hashtags }
requireReason: false
consentRegistry: consent.yaml
`,
      'acme.yaml': 'rules: []\n',
      'consent.yaml': '[]\n',
    });
    const config = loadConfigFile(path.join(dir, '.phi-lint.yaml'), (abs) => path.relative(dir, abs));
    expect(config.packs.map((p) => p.display)).toEqual(['acme.yaml']);
    expect(config.data.allow?.[1]).toEqual({ value: '6175550100' });
    expect(config.data.ignorePatterns).toEqual(['drafts/']);
    expect(config.consentRegistry).toBe(path.join(dir, 'consent.yaml'));
  });

  it('reports an alias bomb or an unresolved alias located, not as an internal error', () => {
    const lines = ['x: &a [a, a, a, a, a, a, a, a, a]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    expect(problems('.phi-lint.yaml', `${lines.join('\n')}\n`)).toEqual([expect.stringMatching(/^\.phi-lint\.yaml:2:8: invalid YAML: aliases expand to too much data/)]);
    expect(problems('.phi-lint.yaml', 'root: true\nallow: [*staff]\n')).toEqual(['.phi-lint.yaml:2:9: invalid YAML: an alias (*name) used before its anchor (&name) is defined']);
  });

  it('reports an unknown key at the key', () => {
    expect(problems('.phi-lint.yaml', 'root: true\nrule:\n  identifiers/phone: off\n')).toEqual(['.phi-lint.yaml:2:1: unknown key "rule" (did you mean "rules"?)']);
  });

  it('reports a bad severity at the value', () => {
    const [p] = problems('.phi-lint.yaml', 'rules:\n  identifiers/phone: fatal\n');
    expect(p).toBe('.phi-lint.yaml:2:22: "rules.identifiers/phone": "fatal" is not one of error, warning, warn, info, off');
  });

  it('reports invalid YAML with its position', () => {
    expect(problems('.phi-lint.yaml', 'rules: [\n')[0]).toMatch(/^\.phi-lint\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('rejects, located, an allow regex that RE2 cannot run (lookahead) or an unknown flag', () => {
    expect(problems('.phi-lint.yml', "allow:\n  - regex: '(?=Room)Room 4'\n  - regex: '/x/q'\n")).toEqual([
      expect.stringMatching(/^\.phi-lint\.yml:2:12: "allow\.0\.regex": invalid regular expression: .*RE2/),
      '.phi-lint.yml:3:12: "allow.1.regex": invalid regular expression: unknown flag "q" (allowed: i, s, m)',
    ]);
  });

  it('reports allow entries that are ambiguous or whose regex does not compile', () => {
    expect(problems('.phi-lint.yml', 'allow:\n  - { value: a, domain: example.org }\n  - regex: "(open"\n')).toEqual([
      '.phi-lint.yml:2:5: "allow.0": an allow entry needs exactly one of "value", "regex" or "domain"',
      expect.stringMatching(/^\.phi-lint\.yml:3:12: "allow\.1\.regex": invalid regular expression: missing closing \)/),
    ]);
  });

  it('refuses a built-in pack in extends, saying that the built-ins always run; reports bare names, missing packs and registry', () => {
    expect(problems('.phi-lint.yaml', 'extends: [contact, identifers, ./missing.yaml]\nconsentRegistry: nope.yaml\n')).toEqual([
      '.phi-lint.yaml:1:11: "contact" is a built-in pack: the built-in packs always run, so extends does not name them (it adds your own pack files, such as ./packs/acme.yaml; to turn a built-in rule off, use rules: { <rule-id>: "off" })',
      '.phi-lint.yaml:1:20: "identifers" is not a pack file: extends adds your own pack files, written as paths ("./identifers.yaml"); the built-in packs always run',
      '.phi-lint.yaml:1:32: rule pack not found: ./missing.yaml',
      '.phi-lint.yaml:2:18: consent registry not found: nope.yaml',
    ]);
  });

  it('locates problems in .phi-lint.json and under "phi-lint" in package.json', () => {
    expect(problems('.phi-lint.json', '{\n  "rules": {\n    "identifiers/phone": "loud"\n  }\n}\n')[0]).toMatch(/^\.phi-lint\.json:3:26: /);
    expect(problems('package.json', '{\n  "name": "site",\n  "phi-lint": {\n    "allowlist": []\n  }\n}\n')).toEqual([
      'package.json:4:5: unknown key "allowlist"',
    ]);
    expect(problems('.phi-lint.json', '{"root": true, "root": false}')[0]).toMatch(/^\.phi-lint\.json:1:\d+: invalid JSON: .*unique/i);
  });
});
