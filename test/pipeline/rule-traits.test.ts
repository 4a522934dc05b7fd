import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/api.js';
import { ruleTraits } from '../../src/pipeline/rule-traits.js';

describe('ruleTraits', () => {
  const rules = loadRules();
  const traits = ruleTraits(rules);

  it('marks the kinds whose detect() finds nothing per segment, so detect() never calls them', () => {
    const text = 'Our patient Maria Lopez, 34, of Springfield was admitted on March 3 after her stroke; call 555-0100.';
    const postOnly = rules.filter((_, r) => traits.postOnly[r]);
    expect(postOnly.map((r) => r.spec.detector).sort()).toEqual(expect.arrayContaining(['approval', 'care-detail', 'combo', 'relationship']));
    for (const rule of postOnly) expect(rule.detect(text)).toEqual([]);
    expect(rules.filter((_, r) => !traits.postOnly[r]).some((rule) => rule.detect(text).length > 0)).toBe(true);
  });

  it('marks image rules, and reads each needsNlp once as the rule has it', () => {
    rules.forEach((rule, r) => {
      expect(traits.image[r]).toBe(rule.spec.detector === 'image' ? 1 : 0);
      expect(traits.needsNlp(r)).toBe(rule.needsNlp);
    });
    expect(ruleTraits(rules)).toBe(traits);
  });
});
