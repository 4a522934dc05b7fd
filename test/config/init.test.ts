import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG, writeStarterConfig } from '../../src/config/init.js';
import { loadConfigFile } from '../../src/config/load.js';
import { UsageError } from '../../src/lib/errors.js';
import { workspace } from '../helpers/workspace.js';

describe('writeStarterConfig', () => {
  it('writes a commented config that loads cleanly', () => {
    const dir = workspace({});
    const file = writeStarterConfig(dir);
    expect(readFileSync(file, 'utf8')).toBe(STARTER_CONFIG);
    expect(loadConfigFile(file, (abs) => path.basename(abs)).data).toMatchObject({ root: true, requireReason: true, allow: [] });
    expect(STARTER_CONFIG).toMatch(/^# /m);
  });

  it('every commented example is valid once uncommented', () => {
    const dir = workspace({ 'packs/acme.yaml': 'rules: []\n', 'consent/registry.yaml': '[]\n' });
    const lines = STARTER_CONFIG.split('\n');
    const uncommented = lines.map((line, i) => {
      if (/^\w+: (\[\]|\{\})$/.test(line) && lines[i + 1]?.startsWith('#  ')) return line.replace(/ (\[\]|\{\})$/, '');
      if (line.startsWith('#  ')) return line.slice(1);
      return line.replace(/^# (consentRegistry:)/, '$1');
    });
    expect(uncommented.filter((l, i) => l !== lines[i]).length).toBeGreaterThan(15);
    const file = path.join(dir, '.phi-lint.yaml');
    writeFileSync(file, uncommented.join('\n'));
    expect(() => loadConfigFile(file, (abs) => path.basename(abs))).not.toThrow();
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
