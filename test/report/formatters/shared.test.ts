import { describe as group, expect, it } from 'vitest';
import { describe, ruleLabel } from '../../../src/report/formatters/shared.js';
import { finding } from '../../helpers/report.js';

group('describe (a finding made without a title: its whole message)', () => {
  const message = 'A name tells everyone who the patient is. (about a patient: "stroke")';

  it('does not repeat the reason the message already gives', () => {
    expect(describe(finding({ message, reason: 'about a patient: "stroke"' }))).toBe(`${message} "********"`);
  });

  it('adds what a consent record said after the message was written', () => {
    const f = finding({ message, severity: 'info', reason: 'covered by consent AUTH-7, expires 2027-01-31' });
    expect(describe(f)).toBe(`${message} (covered by consent AUTH-7, expires 2027-01-31) "********"`);
  });

  it('adds only the new part of a reason that was extended', () => {
    const f = finding({ message, reason: 'about a patient: "stroke"; not covered by consent AUTH-7' });
    expect(describe(f)).toBe(`${message} (not covered by consent AUTH-7) "********"`);
  });
});

group('describe (the one line of stylish, compact, github, junit and sarif)', () => {
  const message = 'A name tells everyone who the patient is. Remove it. (about a patient: "stroke")';

  it('prints the title and the reason, not the guidance', () => {
    const f = finding({ title: "Person's name", message, reason: 'about a patient: "stroke"' });
    expect(describe(f)).toBe(`Person's name (about a patient: "stroke") "********"`);
  });

  it('prints the reason a consent record gave instead of the one in the message', () => {
    const f = finding({ title: "Person's name", message, severity: 'info', reason: 'covered by consent AUTH-7, expires 2027-01-31' });
    expect(describe(f)).toBe(`Person's name (covered by consent AUTH-7, expires 2027-01-31) "********"`);
  });

  it('prints the title alone when nothing but the rule decided (a direct identifier)', () => {
    expect(describe(finding({ title: 'Medical record number' }))).toBe('Medical record number "********"');
  });
});

group('ruleLabel', () => {
  it('names the reported rule, then the others that found the same span', () => {
    expect(ruleLabel(finding({ ruleId: 'a/x', rules: ['a/x', 'a/y', 'a/z'] }))).toBe('a/x (also: a/y, a/z)');
    expect(ruleLabel(finding({ ruleId: 'a/x' }))).toBe('a/x');
  });
});
