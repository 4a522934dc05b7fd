import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/api.js';
import { detect, hitOf } from '../../src/pipeline/detect.js';

describe('detect', () => {
  const rules = loadRules();

  it('makes a hit as the spread of its match would, keys in the same order', () => {
    const rule = rules[0];
    for (const m of [{ start: 1, end: 4 }, { start: 1, end: 4, staff: true }, { start: 2, end: 9, ownSite: true }]) {
      const hit = hitOf(m, rule, 3);
      expect(hit).toEqual({ ...m, rule, segment: 3 });
      expect(Object.keys(hit)).toEqual(Object.keys({ ...m, rule, segment: 3 }));
    }
  });

  it('finds the hits of a segment, each with its rule and segment', async () => {
    const hits = await detect([{ text: 'Please bring MRN 00482913 to the desk.', start: 0, kind: 'text' } as never], rules);
    expect(hits.map((h) => h.rule.spec.id)).toEqual(expect.arrayContaining(['identifiers/mrn']));
    expect(hits.every((h) => h.segment === 0)).toBe(true);
  });
});
