import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/api.js';
import { noneCanStart, RuleAnchors } from '../../src/pipeline/rule-anchors.js';

describe('RuleAnchors', () => {
  const rules = loadRules();
  const ssn = rules.findIndex((r) => r.spec.id === 'identifiers/ssn');
  const names = rules.findIndex((r) => r.spec.detector === 'name');

  it('hands each pattern rule its starts, searched without the automaton in the first texts of a run', () => {
    const anchors = new RuleAnchors(rules);
    const first = anchors.scan('SSN 219-09-9999')!;
    expect(first.of(ssn)!.scan.at(first.of(ssn)!.base)).toContain(4);
    expect(first.of(names)).toBeUndefined();
    const text = 'Filler text. '.repeat(3000) + 'SSN 219-09-9999';
    const starts = anchors.scan(text)!;
    const at = starts.of(ssn)!.scan.at(starts.of(ssn)!.base)!;
    expect(at).toContain(text.indexOf('219'));
    expect(starts.of(names)).toBeUndefined();
  });

  it('says when no pattern of a rule can start in a text, so detect() skips it', () => {
    const anchors = new RuleAnchors(rules);
    expect(noneCanStart(anchors.scan('SSN 219-09-9999')!.of(ssn)!)).toBe(false);
    expect(noneCanStart(anchors.scan('Flu shots on Saturday.')!.of(ssn)!)).toBe(true);
    // The same answers without making the starts object; a rule without anchored patterns is never skipped so.
    expect(anchors.scan('SSN 219-09-9999')!.none(ssn)).toBe(false);
    expect(anchors.scan('Flu shots on Saturday.')!.none(ssn)).toBe(true);
    expect(anchors.scan('Flu shots on Saturday.')!.none(names)).toBe(false);
    // A slot without anchors scans the whole text: never skipped.
    const scan = { at: (slot: number) => (slot === 1 ? undefined : []) };
    expect(noneCanStart({ scan, base: 0, slots: 2 })).toBe(false);
    expect(noneCanStart({ scan, base: 2, slots: 2 })).toBe(true);
  });

  it('skips a pattern whose required literals do not occur, even one scanned whole', () => {
    // Slots 0-1: the anchors (pattern 0 scanned whole, pattern 1 with no start); 2-3: the required literals.
    const lists: (number[] | undefined)[] = [undefined, [], [], undefined];
    const scan = { at: (slot: number) => lists[slot] };
    expect(noneCanStart({ scan, base: 0, slots: 2, required: true })).toBe(true);
    expect(noneCanStart({ scan, base: 0, slots: 2 })).toBe(false);
    lists[2] = [7];
    expect(noneCanStart({ scan, base: 0, slots: 2, required: true })).toBe(false);
  });

  it('gives the built-in school rule its required literals, absent from a text without them', () => {
    const school = rules.findIndex((r) => r.spec.id === 'identifiers/school');
    const starts = new RuleAnchors(rules).scan('Flu shots at Lincoln Library on Saturday.')!.of(school)!;
    expect(starts.required).toBe(true);
    expect(noneCanStart(starts)).toBe(true);
    expect(noneCanStart(new RuleAnchors(rules).scan('Flu shots at Lincoln Elementary School.')!.of(school)!)).toBe(false);
    expect(new RuleAnchors(rules).scan('Flu shots at Lincoln Library on Saturday.')!.none(school)).toBe(true);
  });
});
