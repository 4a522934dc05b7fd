import { describe, expect, it } from 'vitest';
import { humanCare, saysVet } from '../../src/context/vet-post.js';
import type { Segment } from '../../src/model/types.js';

const segs = (...texts: string[]): Segment[] => texts.map((text) => ({ text, kind: 'text', start: 0 }));

describe('a veterinary practice\'s post', () => {
  it.each([
    ['Dr. Jo Haines, DVM, did his surgery.'],
    ['Tagged: @dr.jhaines.dvm'],
    ['#TPLO #SeniorDog'],
    ['Back on all four paws! 🐾'],
    ['Call Brookfield Animal Hospital at 555-0155.'],
    ['Spay and neuter clinic on Saturday.'],
  ])('says it is a vet\'s: %s', (text) => expect(saysVet(segs(text))).toBe(true));

  it.each([
    ['Our veteran volunteers served 400 meals.'],
    ['Therapy dog Bruno visited 4 West today.'],
    ['Flu shots at the pharmacy counter.'],
  ])('or does not: %s', (text) => expect(saysVet(segs(text))).toBe(false));

  it('tells of a person\'s own care only where a sentence says so', () => {
    expect(humanCare('His owner is recovering from her own hip surgery.')).toBe(true);
    expect(humanCare('Max is a certified seizure-alert dog for Amy, and a fine service dog.')).toBe(true);
    expect(humanCare('A stray cat tested positive after biting a person.')).toBe(true);
    expect(humanCare('Dr. Haines says he is officially the most dramatic patient of the spring.')).toBe(false);
    expect(humanCare('Thanks for being the best rehab coach, and a bit of a celebrity.')).toBe(false);
  });
});
