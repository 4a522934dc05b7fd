import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSets } from '../../src/text/terms.js';
import { restoreSets, type StoredSets } from '../../src/text/terms-store.js';
import { cueLists } from '../../src/lexicons/cue-lists.js';
import { loadList } from '../../src/lexicons/files.js';
import { cachedSets, setKey, TERM_SETS_CACHE } from '../../src/lexicons/term-cache.js';

describe('term sets built at build time', () => {
  it('are keyed by the lists, the extra terms and the case rule', () => {
    const base = { lists: ['facilities'], terms: ['Mercy Clinic'] };
    const keys = [setKey(base), setKey({ ...base, lists: ['hospitals'] }), setKey({ ...base, terms: [] }), setKey({ ...base, caseSensitive: true })];
    expect(new Set(keys).size).toBe(4);
    expect(setKey(base)).toBe(setKey({ ...base }));
  });

  it('hold the sets the context model and the lexicon rules would build', () => {
    // dist/term-sets.json is written by the build (test/global-setup.ts runs it).
    expect(existsSync(TERM_SETS_CACHE)).toBe(true);
    const stored = JSON.parse(readFileSync(TERM_SETS_CACHE, 'utf8')) as Record<string, StoredSets>;
    // identifiers/facility-name: lists [facilities], caseSensitive.
    const facilities = { lists: ['facilities'], terms: [], caseSensitive: true };
    expect(Object.keys(stored)).toContain(setKey(facilities));
    expect(restoreSets(stored[setKey(facilities)])).toEqual(buildSets(loadList('facilities'), true));
    expect(cueLists().health.folded.has('pneumonia')).toBe(true);
  });

  it('build a set whose inputs the file does not hold', () => {
    let built = 0;
    const sets = cachedSets({ lists: [], terms: ['a term no build has seen'] }, () => (built++, buildSets(['a term no build has seen'], undefined)));
    expect(built).toBe(1);
    expect(sets.folded.has('a term no build has seen')).toBe(true);
  });
});
