import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INSTALLED_SCHEMA, schemaRef, starterConfig, writeStarterConfig } from '../../src/config/init.js';
import { configJsonSchema, SCHEMA_FILE } from '../../src/config/json-schema.js';
import { loadConfigFile } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';
import { UsageError } from '../../src/lib/errors.js';
import { ROOT } from '../helpers/cli.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();
const TEMPLATE = starterConfig();
const KEYS = new Set(Object.keys(configSchema().shape));

/** The template's commented examples: a "# key:" line for a config key and the indented "# " lines under it. */
function examples(text: string): { key: string; lines: number[] }[] {
  const lines = text.split('\n');
  const found: { key: string; lines: number[] }[] = [];
  lines.forEach((line, i) => {
    const key = /^# (\$?\w+):/.exec(line)?.[1];
    if (!key || !KEYS.has(key)) return;
    const block = [i];
    while (/^# {2,}\S/.test(lines[block.length + i] ?? '')) block.push(block.length + i);
    found.push({ key, lines: block });
  });
  return found;
}

/** The template with these lines uncommented as an editor's "toggle comment" does: "# " removed. */
const uncomment = (text: string, picked: number[]) =>
  text
    .split('\n')
    .map((line, i) => (picked.includes(i) ? line.slice(2) : line))
    .join('\n');

describe('the starter config of phi-lint init', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(configJsonSchema());
  const load = (text: string) => {
    const dir = workspace({ 'packs/acme.yaml': 'rules: []\n', 'consent/registry.yaml': '[]\n', '.phi-lint.yaml': text });
    return loadConfigFile(path.join(dir, '.phi-lint.yaml'), (abs) => path.basename(abs));
  };

  it('starts with a yaml-language-server line naming the shipped JSON Schema', () => {
    expect(TEMPLATE.split('\n')[0]).toBe(`# yaml-language-server: $schema=${INSTALLED_SCHEMA}`);
    // Installed as a dependency of the project, phi-lint's folder is node_modules/phi-lint: that path is the shipped file.
    expect(INSTALLED_SCHEMA).toBe(`./node_modules/phi-lint/${SCHEMA_FILE}`);
    expect(existsSync(path.join(ROOT, SCHEMA_FILE))).toBe(true);
  });

  it('points through the node_modules phi-lint is installed in, else where a project install puts it', () => {
    const root = path.resolve('/p');
    expect(schemaRef(root, path.join(root, 'node_modules', 'phi-lint'))).toBe(INSTALLED_SCHEMA);
    expect(schemaRef(path.join(root, 'site', 'posts'), path.join(root, 'node_modules', 'phi-lint'))).toBe(`../../node_modules/phi-lint/${SCHEMA_FILE}`);
    expect(schemaRef(root, path.resolve('/usr/lib/node_modules/phi-lint'))).toBe(INSTALLED_SCHEMA);
    expect(schemaRef(root, path.resolve('/home/dev/phi-lint'))).toBe(INSTALLED_SCHEMA);
  });

  it('loads as written, and its active keys are valid under the JSON Schema', () => {
    expect(load(TEMPLATE).data).toEqual({ root: true, requireReason: true });
    expect(validate(parse(TEMPLATE))).toBe(true);
  });

  it('has a commented example for every key but root and requireReason (which are set)', () => {
    const keys = examples(TEMPLATE).map((e) => e.key);
    // baselineKey belongs in the environment; approvals has a default (docs/audit.md).
    expect(new Set(keys)).toEqual(new Set([...KEYS].filter((k) => !['$schema', 'root', 'requireReason', 'baselineKey', 'approvals'].includes(k))));
  });

  it.each(examples(TEMPLATE).map((e) => [e.key, e.lines] as const))('the %s example, uncommented alone, loads and sets that key', (key, lines) => {
    const text = uncomment(TEMPLATE, lines);
    const data = load(text).data as Record<string, unknown>;
    expect(data[key]).toBeDefined();
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loads with every example uncommented at once', () => {
    const text = uncomment(TEMPLATE, examples(TEMPLATE).flatMap((e) => e.lines));
    expect(Object.keys(load(text).data).length).toBe(KEYS.size - 3);
  });
});

describe('writeStarterConfig', () => {
  it('writes the starter config, with the schema as this folder reaches it', () => {
    const dir = workspace({});
    const file = writeStarterConfig(dir);
    expect(readFileSync(file, 'utf8')).toBe(starterConfig(schemaRef(dir)));
  });

  it('refuses to overwrite any existing config in the folder', () => {
    for (const existing of ['.phi-lint.yaml', '.phi-lint.yml', '.phi-lint.json']) {
      const dir = workspace({ [existing]: '{}' });
      expect(() => writeStarterConfig(dir)).toThrow(UsageError);
      expect(readFileSync(path.join(dir, existing), 'utf8')).toBe('{}');
    }
    expect(() => writeStarterConfig(workspace({ 'package.json': '{"phi-lint": {}}' }))).toThrow(/package\.json already holds/);
  });
});

it('the old template trap is gone: no key is both set and given as an example', () => {
  const set = TEMPLATE.split('\n').flatMap((l) => /^(\w+):/.exec(l)?.[1] ?? []);
  expect(set.filter((k) => examples(TEMPLATE).some((e) => e.key === k))).toEqual([]);
});
