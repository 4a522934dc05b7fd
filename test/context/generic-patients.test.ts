import { expect, it } from 'vitest';
import { withoutGenericPatients } from '../../src/context/generic-patients.js';
import type { Sentence } from '../../src/model/post.js';

const at = (text: string, word: string): Sentence => ({
  segment: 0, start: 0, end: text.length, text, reply: false, patient: { word, start: text.indexOf(word) },
});

it.each([
  'Last month, our ER saw 1,200 patients.',
  'All patients get a reminder call.',
  'Thousands of patients use the portal.',
  'We hosted 40 new patients at the garden party.',
  'Gloria knits blankets for our dialysis patients.',
  "Harold has delivered mail to our patients' rooms since 2004.",
  'Every one of our patients gets a call the next day.',
])('counted patients are not a patient cue: %s', (text) => {
  expect(withoutGenericPatients(at(text, 'patients')).patient).toBeUndefined();
});

it.each([
  ['Two patients, Anna and Tom, went home.', 'patients'],
  ['Our patient went home.', 'patient'],
  ['The patients in room 4 were moved.', 'patients'],
  ['Angela spent the morning with one of our favorite hospice patients, a retired band director.', 'patients'],
  ["Happy birthday to resident Mary Lou Baker at her party today!", 'resident'],
])('keeps %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient?.word).toBe(word);
});

it.each([
  ['Please contact our Patient Experience team at 555-0190.', 'Patient'],
  ['Log in to the patient portal to pay a bill.', 'patient'],
  ['To protect patient privacy we do not discuss anyone\'s care.', 'patient'],
  ['Call our patient care manager, Donna.', 'patient'],
  ['New patient consults: 662-555-0159.', 'patient'],
  ['Resident flu & COVID vaccine clinic, Nov 6.', 'Resident'],
  ['Join us for the client holiday party on Friday.', 'client'],
  ['Resident Council meeting', 'Resident'],
  ["Schedule your little one's first visit by their first birthday.", 'birthday'],
  ['Comfort bags for families waiting in our ICU family lounge on 5 North.', 'in our ICU'],
  ['Family Recovery Circle is back for the fall!', 'Recovery'],
  ['This Recovery Month, our peer specialists share their stories.', 'Recovery'],
  ['Thank you to the Patient Ambassadors who greeted families today.', 'Patient'],
  ['Oak Ridge Fire trained its 1,000th resident in Hands-Only CPR on Tuesday.', 'resident'],
])('a department named after patients is not a patient cue: %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient).toBeUndefined();
});

it.each([
  ['In 2025 we cared for 612 babies, including 41 sets of twins.', 'cared for'],
  ['14 confirmed cases so far; 12 were unvaccinated and 4 were hospitalized.', 'hospitalized'],
  ['92% of moms breastfeeding at discharge.', 'discharge'],
  ['Rena has cared for moms on our Mother-Baby unit for 9 years.', 'cared for'],
])('care counted in numbers is a statistic: %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient).toBeUndefined();
});

it.each([
  ['She was hospitalized on March 3.', 'hospitalized'],
  ['Anna was discharged after 3 days.', 'discharged'],
  ['She is in recovery after her surgery.', 'recovery'],
  ['Patient Anna went home today.', 'Patient'],
])('one person\'s care stays: %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient?.word).toBe(word);
});

it('a number of days is no count of people: "por completar 90 días" stays a cue', () => {
  const text = 'Felicitamos a Luis por completar 90 días en nuestro programa.';
  expect(withoutGenericPatients(at(text, 'completar')).patient?.word).toBe('completar');
});

it.each([
  ['Our live birth rate for patients under 35 was 54%.', 'patients', undefined],
  ['Guidelines for anticoagulation in patients like Jane Doe, seen at our clinic on May 2.', 'patients', 'patients'],
  ['Protocols for elderly pts, esp. those like Mr. John D.', 'pts', 'pts'],
  ['Patients like Jane Doe, seen at our clinic, are welcome.', 'Patients', 'Patients'],
])('plural patients are people in general unless the sentence names one of them: %s', (text, word, kept) => {
  expect(withoutGenericPatients(at(text, word)).patient?.word).toBe(kept);
});

it('looks past a generic cue for one that names someone', () => {
  const text = 'In pts with diabetes, Emily was seen at our clinic.';
  expect(withoutGenericPatients(at(text, 'pts')).patient?.word).toBe('was seen');
});

it('"every baby born at Magnolia" speaks of everyone', () => {
  const text = 'Every baby born at Magnolia goes home in one of her hats.';
  expect(withoutGenericPatients(at(text, 'born at')).patient).toBeUndefined();
});

it.each([
  ['Eleven people were hospitalized; all have been discharged.', 'hospitalized'],
  ['A Lakewood shelter for families in recovery.', 'recovery'],
  ['No patient photos from missions in this piece.', 'patient'],
  ['Join us for a 5K celebrating recovery and raising funds for counseling.', 'recovery'],
  ['Every one of those numbers is a child who went home a little sooner.', 'went home'],
  ['Angela Ruiz, RN, Director of Remote Patient Monitoring, joins us.', 'Patient'],
  ['She earned her Doctor of Optometry in 2016.', 'her Doctor'],
])('people counted in words, spoken of as a group, or no one in particular: %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient).toBeUndefined();
});

it.each([
  ['Visitors are limited to 2 per patient at a time.', 'patient'],
  ['Los visitantes están limitados a 2 por paciente.', 'paciente'],
  ['Solicite su resurtido en el portal del paciente.', 'paciente'],
  ['Caregiver Spotlight: Rosa Mendez, CNA', 'Caregiver'],
  ["She bakes the unit's birthday cakes.", 'birthday'],
  ['A patient-education handout from Pine Ridge.', 'patient'],
  ['After 30 years of caring for Elm Valley families, Dr. Greer retires.', 'caring for'],
  ['As of Monday, 4 residents and 2 staff members have tested positive.', 'tested positive'],
])('a rate, a service or staff honoured, not a patient: %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient).toBeUndefined();
});

it.each([
  ['Nuestra paciente Rosa volvió a casa.', 'paciente'],
  ['Her caregiver brought her in on Monday.', 'caregiver'],
  ['Two residents of our memory care wing, both in their 90s, tested positive.', 'tested positive'],
])('keeps a particular person: %s', (text, word) => {
  expect(withoutGenericPatients(at(text, word)).patient?.word).toBe(word);
});
