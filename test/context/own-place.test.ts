import { expect, it } from 'vitest';
import { particularPatient, residence } from '../../src/context/own-place.js';
import type { Sentence } from '../../src/model/post.js';

const sentence = (cues: Partial<Sentence>): Sentence => ({ segment: 0, start: 0, end: 1, text: 'x', reply: false, ...cues });
const cue = (word: string) => ({ word, start: 0 });

it('a patient cue about one person is evidence', () => {
  expect(particularPatient(sentence({ patient: cue('was seen') }), false)?.word).toBe('was seen');
});

it('"patients" alone are people in general, unless a patient is named', () => {
  expect(particularPatient(sentence({ patient: cue('patients'), personal: cue('who was') }), false)).toBeUndefined();
  expect(particularPatient(sentence({ patient: cue('patients') }), true)?.word).toBe('patients');
});

it('a condition with a person is evidence; the site noun as the only health word is not', () => {
  expect(particularPatient(sentence({ health: cue('asthma'), personal: cue('she') }), false)?.word).toBe('asthma');
  expect(particularPatient(sentence({ health: cue('clinic'), personal: cue('he') }), false)).toBeUndefined();
});

it("the organisation's voice (events, campaigns) names no patient", () => {
  expect(particularPatient(sentence({ patient: cue('came to our'), org: cue('open house') }), false)).toBeUndefined();
  expect(particularPatient(sentence({ patient: cue('came to our'), org: cue('open house') }), true)?.word).toBe('came to our');
});

it.each([
  ['Chinonso Eze, 34, of Riverside', true],
  ['a teacher from Houston', true],
  ['who lives in Dallas', true],
  ['seen at our Dallas', false],
  ['our clinic in Chicago', false],
])('residence: %s -> %s', (text, want) => {
  expect(residence(text, text.lastIndexOf(' ') + 1)).toBe(want);
});
