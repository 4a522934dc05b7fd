import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/api.js';
import { RuleAnchors } from '../../src/pipeline/rule-anchors.js';

describe('RuleAnchors', () => {
  const rules = loadRules();
  const ssn = rules.findIndex((r) => r.spec.id === 'identifiers/ssn');
  const names = rules.findIndex((r) => r.spec.detector === 'name');

  it('leaves the first texts of a run to whole scans, then hands each pattern rule its starts', () => {
    const anchors = new RuleAnchors(rules);
    expect(anchors.scan('SSN 219-09-9999')).toBeUndefined();
    const text = 'Filler text. '.repeat(3000) + 'SSN 219-09-9999';
    const starts = anchors.scan(text)!;
    const at = starts(ssn)!.scan.at(starts(ssn)!.base)!;
    expect(at).toContain(text.indexOf('219'));
    expect(starts(names)).toBeUndefined();
  });
});
