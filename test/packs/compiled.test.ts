import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATA, builtinDataJson, hashData, readBuiltinData, stampData } from '../../src/lexicons/builtin-data.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { compiledPacksSection, loadCompiledPacks } from '../../src/packs/compiled.js';
import { loadPacks } from '../../src/packs/load.js';
import { BUILT_INPUTS, copyInputs } from '../helpers/builtin-inputs.js';

/** The packs section of dist/builtin-data.json: the built-in packs without YAML at start-up, only while they are unchanged. */
describe('compiled built-in packs', () => {
  const files = builtinPacks();
  const rules = loadPacks(files);
  const section = compiledPacksSection(files, rules);
  const asLoaded = (compiled = rules) => compiled.map((r) => [r.pack, r.spec]);

  it('gives the same rules, in the same order, as loading the YAML', () => {
    expect(asLoaded(loadCompiledPacks(files, section))).toEqual(asLoaded());
  });

  it('are what the build stored', () => {
    expect(asLoaded(loadCompiledPacks(files, readBuiltinData(BUILTIN_DATA, BUILT_INPUTS)?.packs))).toEqual(asLoaded());
  });

  it('is ignored when a pack was added or removed, or the file is missing or stale', () => {
    expect(loadCompiledPacks(files, undefined)).toBeUndefined();
    expect(loadCompiledPacks([...files, { display: 'rules/extra.yaml' }], section)).toBeUndefined();
    expect(loadCompiledPacks(files.slice(1), section)).toBeUndefined();
  });

  it('is stale once a pack is edited: the whole file is, so the packs load from YAML', () => {
    const { root, inputs } = copyInputs();
    try {
      const file = path.join(root, 'builtin-data.json');
      writeFileSync(file, builtinDataJson(hashData(inputs), stampData(inputs), { packs: section, data: {}, termSets: {}, anchors: {} }));
      expect(loadCompiledPacks(files, readBuiltinData(file, inputs)?.packs)).toBeDefined();
      appendFileSync(path.join(root, 'rules', path.basename(files[0].path)), '\n# edited\n');
      expect(readBuiltinData(file, inputs)).toBeUndefined();
      expect(loadCompiledPacks(files, readBuiltinData(file, inputs)?.packs)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
