import { expect, it } from 'vitest';
import { withoutCountedPatients } from '../../src/context/population.js';
import type { Sentence } from '../../src/context/post.js';

const at = (text: string, word: string): Sentence => ({
  segment: 0, start: 0, end: text.length, text, reply: false, patient: { word, start: text.indexOf(word) },
});

it.each([
  'Last month, our ER saw 1,200 patients.',
  'All patients get a reminder call.',
  'Thousands of patients use the portal.',
  'We hosted 40 new patients at the garden party.',
])('counted patients are not a patient cue: %s', (text) => {
  expect(withoutCountedPatients(at(text, 'patients')).patient).toBeUndefined();
});

it.each([
  ['Two patients, Anna and Tom, went home.', 'patients'],
  ['Our patient went home.', 'patient'],
  ['The patients in room 4 were moved.', 'patients'],
])('keeps %s', (text, word) => {
  expect(withoutCountedPatients(at(text, word)).patient?.word).toBe(word);
});
