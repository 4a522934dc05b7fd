import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText, SCHEMA_FILE } from '../../src/config/json-schema.js';
import { configSchema } from '../../src/config/schema.js';
import { ROOT } from '../helpers/cli.js';

const validate = new Ajv2020({ allErrors: true }).compile(configJsonSchema());
const sample = (yaml: string) => parse(yaml) as unknown;

/** Configs the loader accepts: the JSON Schema must accept them too. */
const VALID = [
  'root: true\n',
  '{}\n',
  'rules:\n',
  `$schema: ./node_modules/phi-lint/schema/phi-lint.schema.json
root: true
extends: ./packs/acme.yaml
rules: { identifiers/phone: warn, identifiers/email: "off" }
overrides: [{ files: 'replies/**', rules: { identifiers/person-name: error }, allow: [Dr. Anil Mehta] }]
ignorePatterns: [drafts/]
allow:
  - Westside Community Hospital
  - 6175550100
  - { domain: example.org, rules: identifiers/email }
  - { regex: '/^#westside\\w*$/i', note: our hashtags }
requireReason: false
consentRegistry: consent.yaml
baselineKey: 0123456789abcdef
`,
];

/** Configs the loader refuses for their shape: so must the JSON Schema (an editor underlines them). */
const INVALID = {
  'a misspelt key': 'rule: { identifiers/phone: warn }\n',
  'an unknown severity': 'rules: { identifiers/phone: loud }\n',
  'an allow entry with two values': 'allow: [{ value: Westside, domain: example.org }]\n',
  'an allow entry with none': 'allow: [{ note: staff }]\n',
  'an unknown key in an allow entry': 'allow: [{ valeu: Westside }]\n',
  'an override without files': 'overrides: [{ rules: { identifiers/phone: warn } }]\n',
  'a number for extends': 'extends: 3\n',
  'a short baselineKey': 'baselineKey: short\n',
  'a string for root': 'root: "yes"\n',
};

describe('the JSON Schema of the config file', () => {
  it(`is up to date in ${SCHEMA_FILE} (npm run build writes it)`, () => {
    expect(readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8')).toBe(configJsonSchemaText());
  });

  it('is shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(path.dirname(SCHEMA_FILE));
  });

  it.each(VALID)('accepts what the loader accepts: %s', (yaml) => {
    expect(configSchema().safeParse(sample(yaml) ?? {}).success).toBe(true);
    expect(validate(sample(yaml) ?? {}), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(Object.entries(INVALID))('refuses %s, as the loader does', (_what, yaml) => {
    expect(configSchema().safeParse(sample(yaml)).success).toBe(false);
    expect(validate(sample(yaml))).toBe(false);
  });

  it('describes every top-level key, for an editor\'s hover', () => {
    const properties = configJsonSchema().properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(Object.keys(configSchema().shape));
    for (const [key, value] of Object.entries(properties)) expect(value.description, key).toMatch(/\w{3}/);
  });
});
