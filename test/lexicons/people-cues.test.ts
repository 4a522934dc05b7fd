import { expect, it } from 'vitest';
import { peopleCues } from '../../src/lexicons/people-cues.js';
import { staffRole } from '../../src/context/staff.js';

it.each([', RN, joined us', ', PharmD', ', Ph.D.', ' MD', ', our head of nursing'])('staff after a name: "%s"', (after) => {
  expect(peopleCues().staffAfter.test(after)).toBe(true);
});

it.each([' Rd twice this week for breathing trouble — his COPD', ', do you know', ' Ms', ', Ma'])('no credential as written: "%s"', (after) => {
  expect(peopleCues().staffAfter.test(after)).toBe(false);
});

it('a street is no credential: "Birch Rd"', () => {
  const text = "Crews were out to his dad's house on Birch Rd twice.";
  const at = text.indexOf('Birch');
  expect(staffRole(text, at, at + 5)).toBeUndefined();
  const nurse = 'Thank you, Dana Ortiz, RN, for 20 years.';
  expect(staffRole(nurse, 11, 21)).toBe('RN');
});
