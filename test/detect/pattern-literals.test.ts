import { describe, expect, it } from 'vitest';
import { detailRequiredSets, patternLiterals } from '../../src/detect/pattern-literals.js';
import { patternAnchors, patternRequired } from '../../src/text/regex.js';
import { anchorsSection, detailRequiredSection } from '../../src/packs/compiled.js';
import { everyRequiredSet } from '../../src/text/required-literals.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';

describe('patternLiterals', () => {
  it('works out a pattern the prebuilt file does not hold', () => {
    const p = '\\b(?:local|hometown)\\s+anchor\\b';
    expect(patternLiterals('anchors', p, 'native')).toEqual(patternAnchors(p, 'native'));
    expect(patternLiterals('required', p, 'native')).toEqual(patternRequired(p, 'native'));
    expect(detailRequiredSets(p)).toEqual(everyRequiredSet(p, true));
  });
});

describe('the anchors and detailRequired sections', () => {
  const rules = loadPacks(builtinPacks());
  const anchors = anchorsSection(rules);
  const required = detailRequiredSection(rules);

  it('hold every combo detail, as worked out from its source', () => {
    const patterns = rules.flatMap((r) => (r.spec.detector === 'combo' ? Object.values(r.spec.details).flat() : []));
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) {
      expect(anchors[p]).toEqual(patternAnchors(p, 'native') ?? null);
      expect(required[p]).toEqual(everyRequiredSet(p, true) ?? null);
    }
  });
});
