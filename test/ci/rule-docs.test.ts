import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS build script, no types
import { DOCS_DIR, ruleDocPath, ruleDocs } from '../../scripts/rule-docs.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { phiLint, ROOT } from '../helpers/cli.js';

const rules = loadPacks(builtinPacks());
const pages: Map<string, string> = ruleDocs(rules);

describe('docs/rules (npm run docs)', () => {
  it('has a page for every built-in rule, as generated from rules/*.yaml, and no page of a removed rule', () => {
    for (const { spec } of rules) expect(existsSync(path.join(ROOT, ruleDocPath(spec.id))), `${ruleDocPath(spec.id)}: run npm run docs`).toBe(true);
    const onDisk = readdirSync(path.join(ROOT, DOCS_DIR), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${DOCS_DIR}/${f.split(path.sep).join('/')}`);
    expect(onDisk.sort()).toEqual([...pages.keys()].sort());
    for (const [file, text] of pages) expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} is stale: run npm run docs`).toBe(text);
  });

  it('documents a rule by its message, severity, pack and samples', () => {
    const page = pages.get('docs/rules/identifiers/mrn.md')!;
    expect(page).toMatch(/^# identifiers\/mrn\n/);
    expect(page).toContain('- Reported as: Medical record number, with the reason for its severity');
    expect(page).toContain('Severity: error wherever it appears');
    expect(page).toContain('Pack: `rules/numbers.yaml`');
    expect(page).toContain('A medical record number');
    expect(page).toContain('**Reported**');
    expect(pages.get('docs/rules/identifiers/person-name.md')).toMatch(/Severity: \w+ when the post ties it to a patient, \w+ otherwise/);
  });
});

describe('SARIF helpUri', () => {
  it('links every rule that ran to its page in docs/rules', () => {
    const sarif = JSON.parse(phiLint(['-f', 'sarif', 'examples']).stdout);
    const driverRules: { id: string; helpUri: string }[] = sarif.runs[0].tool.driver.rules;
    expect(driverRules.length).toBe(rules.length);
    for (const rule of driverRules) {
      expect(rule.helpUri).toMatch(/^https:\/\/[^#]+\.md$/);
      expect(rule.helpUri.endsWith(`/${ruleDocPath(rule.id)}`), rule.helpUri).toBe(true);
      expect(existsSync(path.join(ROOT, ruleDocPath(rule.id)))).toBe(true);
    }
  });
});
