import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSets } from '../../src/text/terms.js';
import { restoreSets, storeSets } from '../../src/text/terms-store.js';
import { BUILTIN_DATA, builtinDataJson, hashData, readBuiltinData, stampData } from '../../src/lexicons/builtin-data.js';
import { cueLists } from '../../src/lexicons/cue-lists.js';
import { loadList } from '../../src/lexicons/files.js';
import { cachedSets, setKey } from '../../src/lexicons/term-cache.js';
import { BUILT_INPUTS, copyInputs } from '../helpers/builtin-inputs.js';

describe('term sets built at build time', () => {
  // identifiers/facility-name: lists [facilities], caseSensitive.
  const facilities = { lists: ['facilities'], terms: [], caseSensitive: true };

  it('are keyed by the lists, the extra terms and the case rule', () => {
    const base = { lists: ['facilities'], terms: ['Mercy Clinic'] };
    const keys = [setKey(base), setKey({ ...base, lists: ['hospitals'] }), setKey({ ...base, terms: [] }), setKey({ ...base, caseSensitive: true })];
    expect(new Set(keys).size).toBe(4);
    expect(setKey(base)).toBe(setKey({ ...base }));
  });

  it('hold the sets the context model and the lexicon rules would build', () => {
    // dist/builtin-data.json is written by the build (test/global-setup.ts runs it).
    const stored = readBuiltinData(BUILTIN_DATA, BUILT_INPUTS)!.termSets;
    expect(Object.keys(stored)).toContain(setKey(facilities));
    expect(storeSets(restoreSets(stored[setKey(facilities)]))).toEqual(storeSets(buildSets(loadList('facilities'), true)));
    expect(cueLists().health.folded.has('pneumonia')).toBe(true);
  });

  it('build a set whose inputs the file does not hold', () => {
    let built = 0;
    const sets = cachedSets({ lists: [], terms: ['a term no build has seen'] }, () => (built++, buildSets(['a term no build has seen'], undefined)));
    expect(built).toBe(1);
    expect(sets.folded.has('a term no build has seen')).toBe(true);
  });

  it('are stale once a word list is edited: the whole file is, so every set is built afresh', () => {
    const { root, inputs } = copyInputs();
    try {
      const file = path.join(root, 'builtin-data.json');
      const termSets = { [setKey(facilities)]: storeSets(buildSets(loadList('facilities'), true)) };
      writeFileSync(file, builtinDataJson(hashData(inputs), stampData(inputs), { packs: [], data: {}, termSets, anchors: {} }));
      expect(readBuiltinData(file, inputs)?.termSets).toEqual(termSets);
      appendFileSync(path.join(root, 'data', 'lexicons', 'facilities.txt'), 'Quillmoor Hall\n');
      expect(readBuiltinData(file, inputs)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
