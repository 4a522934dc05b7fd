import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledRule } from '../../src/model/rule.js';
import { KeywordIndex, RuleKeywords } from '../../src/pipeline/keywords.js';

const rule = (keywords?: string[]) => ({ spec: { keywords } }) as unknown as CompiledRule;
const naive = (rules: CompiledRule[], lower: string) =>
  rules.map((r) => (!r.spec.keywords?.length || r.spec.keywords.some((k) => lower.includes(k.toLowerCase())) ? 1 : 0));

describe('KeywordIndex', () => {
  it('selects rules whose keyword occurs anywhere, and rules without keywords', () => {
    const rules = [rule(['mrn', 'chart']), rule(['@']), rule(), rule(['ssn']), rule(['she', 'he', 'hers'])];
    expect([...new KeywordIndex(rules).select('the chart of ushers')]).toEqual([1, 0, 1, 0, 1]);
    expect([...new KeywordIndex(rules).select('write to a@b.org')]).toEqual([0, 1, 1, 0, 0]);
  });

  it('selects a rule by a keyword outside ASCII only where it occurs', () => {
    const rules = [rule(['née']), rule(['µg', 'años']), rule(['’s'])];
    expect([...new KeywordIndex(rules).select('nothing here, ne, µ g, ano')]).toEqual([0, 0, 0]);
    expect([...new KeywordIndex(rules).select('jane née doe, 5 µg')]).toEqual([1, 1, 0]);
    expect([...new KeywordIndex(rules).select('tía’s 90 años')]).toEqual([0, 1, 1]);
  });

  it('agrees with looking for every keyword in the text', () => {
    const chars = fc.constantFrom('a', 'b', 'c', 'h', 'e', 's', ' ', '@', 'é', 'µ', '’', '😀');
    const word = fc.array(chars, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    const rules = fc.array(fc.option(fc.array(word, { minLength: 1, maxLength: 4 }), { nil: undefined }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rules, fc.array(chars, { maxLength: 40 }), (keywordLists, text) => {
        const set = keywordLists.map(rule);
        const lower = text.join('');
        expect([...new KeywordIndex(set).select(lower)]).toEqual(naive(set, lower));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('RuleKeywords', () => {
  it('says what the automaton says, searching keyword by keyword in the first 32 KB of a run and through the automaton after', () => {
    const rules = [rule(['mrn', 'chart']), rule(['@']), rule(), rule(['ssn']), rule(['née'])];
    const selector = new RuleKeywords(rules);
    const texts = ['the chart of ushers', 'write to a@b.org', 'ssn'.padEnd(40 * 1024, ' '), 'mrn and ssn', 'nothing'];
    for (const lower of texts) expect([...selector.select(lower)]).toEqual([...new KeywordIndex(rules).select(lower)]);
  });
});
