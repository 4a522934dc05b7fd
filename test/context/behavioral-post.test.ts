import { describe, expect, it } from 'vitest';
import { behavioralCare, mayBeBehavioralCare, saysBehavioral } from '../../src/context/behavioral-post.js';
import type { Segment } from '../../src/model/types.js';

const seg = (text: string): Segment => ({ text, kind: 'text', start: 0 });

describe('behavioral-post', () => {
  it('knows a counselling, recovery or treatment organisation by its own words', () => {
    expect(saysBehavioral([seg('Harbor Recovery Center holiday hours')])).toBe(true);
    expect(saysBehavioral([seg('Northgate Counseling: new evening hours')])).toBe(true);
    expect(saysBehavioral([seg('Centro Renacer — Salud Mental')])).toBe(true);
    expect(saysBehavioral([seg('Riverside Family Dental holiday hours')])).toBe(false);
  });

  it('finds a therapy group by its day or members, a milestone and "see you at group"', () => {
    expect(behavioralCare('So glad the Thursday men\'s group has been a good fit')?.word).toBe("men's group");
    expect(behavioralCare('Congrats to Tessa on her one-year milestone')?.word).toBe('one-year milestone');
    expect(behavioralCare('So proud of you! See you at group Wednesday')?.word).toBe('at group');
    expect(behavioralCare('Testimonio (grupo de duelo de los martes)')?.word).toBe('grupo de duelo');
  });

  it('leaves a group that is no one\'s therapy, and a milestone that is no one\'s', () => {
    expect(behavioralCare('Our book group meets in the library.')).toBeUndefined();
    expect(behavioralCare('We reached a fundraising milestone this year.')).toBeUndefined();
    expect(mayBeBehavioralCare('Staff group photo at the gala.')).toBe(false);
  });
});
