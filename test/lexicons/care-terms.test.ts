import { expect, it } from 'vitest';
import { describeSpans } from '../../src/context/describe.js';
import { cueLists } from '../../src/lexicons/cue-lists.js';

const health = (text: string) => describeSpans(text, [{ start: 0, end: text.length }], cueLists())[0].health?.word;

it.each([
  ['Ten porcelain veneers later, see for yourself!', 'porcelain veneers'],
  ['Your Eliquis refill was held up by the prior authorization.', 'refill'],
  ['Her A1c dropped from 10.4 to 7.1.', 'A1c'],
  ['He is back on the field after his hamstring repair.', 'hamstring repair'],
  ['Después de recibir su marcapasos el 12 de mayo.', 'marcapasos'],
  ['Un ultrasonido de rutina detectó un aneurisma en su aorta.', 'ultrasonido'],
  ['Terminó su quimioterapia en marzo.', 'quimioterapia'],
  ['We hope your colonoscopy prep went ok.', 'colonoscopy prep'],
])('reads care in %s', (text, word) => expect(health(text)).toBe(word));

it.each(['Book an eye-catching table for the gala.', 'Our team of therapy dogs visits on Fridays.', 'The CT office is in Hartford, CT.'])(
  'no care in %s',
  (text) => expect(health(text)).toBeUndefined(),
);

it.each([
  ['Baby boy Kai made his entrance at 12:07 a.m., weighing 6 lbs 14 oz.', 'weighing 6 lbs'],
  ['Amelia arrived at 3:42 a.m. · 7 lbs 2 oz · 20 inches', '7 lbs 2 oz'],
  ['For your flare, stop the tretinoin and switch to the gel.', 'flare'],
  ['Just take the leftover Clavamox we dispensed.', undefined],
  ['Nació el 2 de abril, pesando 3.2 kg.', 'pesando 3.2 kg'],
])('reads birth and drug details in %s', (text, word) => expect(health(text)).toBe(word));

it.each([
  ['She has led our joint replacement program since 2015.', undefined],
  ['Gloria knits blankets for our dialysis patients.', undefined],
  ['A retired Navy captain on our hospice service reads the paper.', 'hospice'],
])('a service named after care is no one\'s care, enrolment in it is: %s', (text, word) => expect(health(text)).toBe(word));

it.each([
  ['Senator Delgado spoke about her work on rural cancer screening funding.', undefined],
  ['Evelyn has knit more than 3,000 caps for our nursery since 2009.', undefined],
  ['She was moved to our ICU after her surgery.', 'ICU'],
])('care someone works on or gives to is not theirs: %s', (text, word) => expect(health(text)).toBe(word));
