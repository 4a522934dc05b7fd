import { describe, expect, it } from 'vitest';
import { notMeantAsPatient } from '../../src/context/no-patient.js';

/** The first match of `cue` in `text`, as describe.ts hands it over. */
const cueIn = (text: string, cue: string) => new RegExp(cue, 'giu').exec(text)!;

describe('notMeantAsPatient', () => {
  it.each([
    ['Julio checked in donors both days.', 'checked in'],
    ['Watch for swelling, discharge, or licking.', 'discharge'],
    ['Call us about any discharge from the incision.', 'discharge'],
    ['The drill had 60 volunteer "patients" from the drama club.', 'patients'],
    ['Ms. Lane played a patient with a broken arm.', 'patient'],
    ['Our annual Resident Art Show is June 14.', 'Resident'],
  ])('%s', (text, cue) => expect(notMeantAsPatient(cueIn(text, cue))).toBe(true));

  it.each([
    ['He checked in at our ER at 2 a.m.', 'checked in'],
    ['Her discharge from the NICU came on a Tuesday.', 'discharge'],
    ['Our patient went home today.', 'patient'],
    ['Our resident Art taught us chess.', 'resident'],
  ])('still a patient: %s', (text, cue) => expect(notMeantAsPatient(cueIn(text, cue))).toBe(false));
});
