import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../src/packs/builtin.js';
import { compiledPacksJson, loadCompiledPacks } from '../../src/packs/compiled.js';
import { loadPacks } from '../../src/packs/load.js';

/** dist/packs.json (scripts/build-packs.js): the built-in packs without YAML at start-up, only while they are unchanged. */
describe('compiled built-in packs', () => {
  const files = builtinPacks();
  const rules = loadPacks(files);
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-packs-'));
  const json = path.join(dir, 'packs.json');
  writeFileSync(json, compiledPacksJson(files, rules));

  it('gives the same rules, in the same order, as loading the YAML', () => {
    const compiled = loadCompiledPacks(files, json)!;
    expect(compiled.map((r) => [r.pack, r.spec])).toEqual(rules.map((r) => [r.pack, r.spec]));
  });

  it('is ignored when a pack changed, a pack was added, or the file is missing or stale', () => {
    const copies = files.map((f) => ({ ...f, path: path.join(dir, path.basename(f.path)) }));
    for (const [f, c] of files.map((f, i) => [f, copies[i]] as const)) copyFileSync(f.path, c.path);
    expect(loadCompiledPacks(copies, json)).toBeDefined();
    writeFileSync(copies[0].path, readFileSync(copies[0].path, 'utf8') + '\n# edited\n');
    expect(loadCompiledPacks(copies, json)).toBeUndefined();
    expect(loadCompiledPacks([...files, { path: files[0].path, display: 'rules/extra.yaml' }], json)).toBeUndefined();
    expect(loadCompiledPacks(files, path.join(dir, 'missing.json'))).toBeUndefined();
    const stale = JSON.parse(readFileSync(json, 'utf8'));
    writeFileSync(json, JSON.stringify({ ...stale, schema: 'old' }));
    expect(loadCompiledPacks(files, json)).toBeUndefined();
  });
});
