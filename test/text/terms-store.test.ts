import { describe, expect, it } from 'vitest';
import { buildSets, findTerms } from '../../src/text/terms.js';
import { restoreSets, storeSets } from '../../src/text/terms-store.js';
import { loadList } from '../../src/lexicons/files.js';

describe('storeSets / restoreSets', () => {
  it('restore sets that find the same terms, before and after lookups grew their prefixes', () => {
    const terms = [...loadList('conditions-common'), ...loadList('procedures'), 'MS', 'St. Mary', 'type 2 diabetes'];
    const text = 'Her MS and type 2 diabetes, after heart failure surgery at St. Mary; ms is no term. Congestive heart failure.';
    const fresh = buildSets(terms, undefined);
    const before = restoreSets(JSON.parse(JSON.stringify(storeSets(fresh))));
    const found = findTerms(text, fresh);
    expect(found.length).toBeGreaterThan(3);
    expect(findTerms(text, before)).toEqual(found);
    // The lookups above cut pending terms into prefixes: that state survives a round trip too.
    const after = restoreSets(storeSets(fresh));
    expect(after.foldedPrefixes.size).toBeGreaterThan(0);
    expect(storeSets(after)).toEqual(storeSets(fresh));
    expect(findTerms(text, after)).toEqual(found);
  });

  it('sorts the lists of a file written before lists were marked sorted', () => {
    const fresh = buildSets(['zebra pox', 'apple rash', 'Mango', 'kiwi'], undefined);
    const stored = storeSets(fresh);
    expect(stored.sorted).toBe(true);
    // As an older build wrote them: line breaks and tabs, no separators named.
    const older = (text: string) => text.replaceAll('\x7f', '\n').replaceAll('|', '\t');
    const reversed = (text: string) => older(text).split('\n').reverse().join('\n');
    const old = {
      ...stored,
      sorted: undefined,
      lineEnd: undefined,
      fieldEnd: undefined,
      exact: older(stored.exact),
      exactPrefixes: older(stored.exactPrefixes),
      foldedPrefixes: older(stored.foldedPrefixes),
      exactPending: older(stored.exactPending),
      folded: reversed(stored.folded),
      foldedPending: reversed(stored.foldedPending),
    };
    const text = 'Mango and kiwi, zebra pox, apple rash.';
    expect(findTerms(text, restoreSets(old))).toEqual(findTerms(text, fresh));
  });

  it('stores no character JSON escapes, so the prebuilt file parses on its fast path', () => {
    const stored = storeSets(buildSets([...loadList('procedures'), 'type 2 diabetes', 'St. Mary', 'heart failure'], undefined));
    const json = JSON.stringify(stored);
    expect(json).not.toMatch(/\\[nt]/);
    expect(stored.foldedPending.length).toBeGreaterThan(0);
  });

  it('refuses a term that holds a separator', () => {
    expect(() => storeSets(buildSets(['a|b rash', 'hay fever'], undefined))).toThrow(/separators/);
  });
});
