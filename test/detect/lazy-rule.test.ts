import { describe, expect, it } from 'vitest';
import { lintText, loadRules } from '../../src/api.js';
import { compileRule, compileRuleLazily } from '../../src/detect/index.js';
import type { RuleSpec } from '../../src/model/rule-spec.js';

const POSTS = [
  'Our patient Anna Lindqvist was admitted on July 19 with pneumonia and went home last Friday.',
  'Happy 94th birthday to Edith Kowalczyk, who celebrated in Room 412 before dialysis!',
  'Sorry your MRI ran late on Monday, Chris; we can see you were rescheduled twice.',
  'The 41-year-old firefighter from Brookside is recovering from burns in our ICU.',
  'Call us at 555-0100 to book your flu shot at our Riverbend clinic.',
];

describe('compileRuleLazily', () => {
  it('compiles nothing until the rule is used', () => {
    const broken = { id: 'test/broken', detector: 'pattern', patterns: ['(unclosed'] } as unknown as RuleSpec;
    const rule = compileRuleLazily(broken, 'test.yaml');
    expect(rule.spec).toBe(broken);
    expect(() => rule.detect('text')).toThrow(/unclosed|Unterminated/i);
  });

  it('gives the findings the compiled rules give, contextual rules included', async () => {
    const specs = loadRules();
    const lazy = specs.map((r) => compileRuleLazily(r.spec, r.pack));
    const eager = specs.map((r) => compileRule(r.spec, r.pack, 'native'));
    expect(lazy.some((r) => r.inPost)).toBe(true);
    let found = 0;
    for (const text of POSTS) {
      const [a, b] = await Promise.all([lintText(text, { rules: lazy }), lintText(text, { rules: eager })]);
      expect(a.findings).toEqual(b.findings);
      found += a.findings.length;
    }
    expect(found).toBeGreaterThan(10);
  });
});
