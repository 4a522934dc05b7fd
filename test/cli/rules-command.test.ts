import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { ACME_PACK } from '../helpers/packs.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';

const workspace = tempWorkspaces();
const BUILTIN = loadPacks(builtinPacks()).map((r) => r.spec.id);
const PACK = ACME_PACK;

describe('phi-lint rules', () => {
  it('lists every built-in rule with its category, default severity and one line', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const id of BUILTIN) expect(lines.some((l) => l.startsWith(`${id} `))).toBe(true);
    expect(r.stdout).toMatch(/^identifiers\/mrn\s+mrn\s+error\s+A medical record number points straight at a patient's chart/m);
    expect(r.stdout).toMatch(/^identifiers\/person-name\s+name\s+error \(warning unlinked\)\s+\S/m);
    expect(r.stdout).toContain(`${BUILTIN.length} rules. Details: phi-lint explain <rule-id>`);
  });

  it('--format json lists them as data, with the page of each built-in rule, and adds --rules packs', async () => {
    const r = await runCli(['rules', '--format', 'json', '--rules', 'pack.yaml'], { cwd: workspace({ 'pack.yaml': PACK }) });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.rules.map((x: { id: string }) => x.id)).toEqual([...BUILTIN, 'acme/member-id']);
    expect(doc.rules.find((x: { id: string }) => x.id === 'identifiers/mrn')).toEqual({
      id: 'identifiers/mrn', category: 'mrn', severity: 'error', description: expect.stringMatching(/^A medical record number/), docs: 'docs/rules/identifiers/mrn.md',
    });
    expect(doc.rules.at(-1)).toEqual({ id: 'acme/member-id', category: 'health-plan', severity: 'error', description: "A member ID identifies the patient's health plan." });
  });

  it('rejects a stray argument with exit 2', async () => {
    expect((await runCli(['rules', 'posts'])).code).toBe(2);
  });
});

describe('phi-lint explain', () => {
  it('prints the rule page that docs/rules holds: what it is, why it matters, how to fix, examples', async () => {
    const r = await runCli(['explain', 'identifiers/mrn']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'docs/rules/identifiers/mrn.md'), 'utf8'));
    expect(r.stdout).toContain('## Why it matters');
    expect(r.stdout).toContain('HIPAA Safe Harbor');
    expect(r.stdout).toContain('**Reported**');
  });

  it('explains a rule of an added pack', async () => {
    const r = await runCli(['explain', 'acme/member-id', '--rules', 'pack.yaml'], { cwd: workspace({ 'pack.yaml': PACK }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# acme\/member-id\n/);
    expect(r.stdout).toContain('- Pack: `pack.yaml`\n');
  });

  it('exits 2 for an unknown rule and suggests the closest id', async () => {
    expect(await runCli(['explain', 'identifers/mrn'])).toMatchObject({ code: 2, stdout: '', stderr: 'phi-lint: unknown rule "identifers/mrn" (did you mean "identifiers/mrn"?)\n' });
    expect((await runCli(['explain', 'mrn'])).stderr).toContain('did you mean "identifiers/mrn"?');
    expect(await runCli(['explain', 'zzzz'])).toMatchObject({ code: 2, stderr: 'phi-lint: unknown rule "zzzz" (phi-lint rules lists them)\n' });
  });

  it('exits 2 without a rule id', async () => {
    expect((await runCli(['explain'])).code).toBe(2);
  });
});
