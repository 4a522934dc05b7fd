import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastWords, peopleCues, phraseTails } from '../../src/lexicons/people-cues.js';
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

/** The phrase test as it was before it stopped at a last word no phrase ends with: every last word read, then the phrase grown. */
function reference(phrases: readonly string[], punctuation: string, dotted: boolean) {
  const set = new Set(phrases.map((p) => p.toLowerCase()));
  const most = Math.max(...phrases.map((p) => p.split(/\s+/).length));
  return (text: string) => {
    let phrase = '';
    for (const word of lastWords(text, most, punctuation)) {
      if (!phrase && /[.!?]$/.test(word) && !(dotted && word.endsWith('.') && word.length <= 5)) return false;
      const lead = !/^\p{L}/u.test(word);
      phrase = `${lead ? word.replace(/^[^\p{L}]+/u, '') : word}${phrase ? ' ' : ''}${phrase}`;
      if (set.has(phrase) || (phrase.endsWith('.') && set.has(phrase.slice(0, -1)))) return true;
      if (lead) return false;
    }
    return false;
  };
}

describe('phrase endings (staffBefore, personBefore)', () => {
  const { lists, staffBefore, personBefore } = peopleCues();
  const cases = [
    { name: 'staffBefore', test: staffBefore, ref: reference(lists.staffTitles, ':,', true), phrases: lists.staffTitles },
    { name: 'personBefore', test: personBefore, ref: reference(lists.personBefore, ',', false), phrases: lists.personBefore },
  ];
  it.each(cases)('$name says what reading every last word says', ({ test, ref, phrases }) => {
    // Words of the phrases (so that long phrases get built), in any case, with the punctuation the tests read.
    const words = [...new Set(phrases.flatMap((p) => p.split(/\s+/)))];
    const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom('the', 'at', 'Dr.', 'director.', '(Dr.', '“Hi', 'x', ''));
    const piece = fc.tuple(word, fc.constantFrom(' ', ', ', ': ', '. ', '\n', '  ', '')).map(([w, g]) => w + g);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.boolean(), (pieces, upper) => {
        const text = upper ? pieces.join('').toUpperCase() : pieces.join('');
        expect(test.test(text)).toBe(ref(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('grows a phrase of several words from its last one', () => {
    expect(phraseTails(['team captain', 'dr'])).toEqual(new Set(['team captain', 'captain', 'dr']));
  });
});
