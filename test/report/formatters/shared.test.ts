import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../src/report/formatters/shared.js';
import { finding } from '../../helpers/report.js';

group('describe (the finding text of stylish, compact, github, junit and sarif)', () => {
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
