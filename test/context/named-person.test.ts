import { expect, it } from 'vitest';
import type { Hit } from '../../src/model/rule.js';
import { namedPerson } from '../../src/context/named-person.js';
import type { Sentence } from '../../src/model/post.js';

const sentence = (text: string, health: string, personal?: string): Sentence => ({
  segment: 0, start: 0, end: text.length, text, reply: false,
  health: { word: health, start: text.indexOf(health) }, ...(personal ? { personal: { word: personal, start: 0 } } : {}),
});
const isStaff = (h: Hit) => Boolean(h.staff);
const name = (staff = false) => ({ rule: { spec: { category: 'name' } }, segment: 0, start: 0, end: 14, ...(staff ? { staff } : {}) }) as unknown as Hit;
const rehab = 'Anna Lindqvist finished cardiac rehab.';

it("a patient's name with a condition or treatment is the sentence's person", () => {
  expect(namedPerson(sentence(rehab, 'cardiac rehab'), [name()], rehab, isStaff)?.word).toBe('Anna Lindqvist');
});

it('not with a care setting alone, not for staff, not when the sentence already has a person', () => {
  const volunteers = 'Anna Lindqvist volunteers in our hospice.';
  expect(namedPerson(sentence(volunteers, 'hospice'), [name()], volunteers, isStaff)).toBeUndefined();
  expect(namedPerson(sentence(rehab, 'cardiac rehab'), [name(true)], rehab, isStaff)).toBeUndefined();
  expect(namedPerson(sentence(rehab, 'cardiac rehab', 'she'), [name()], rehab, isStaff)).toBeUndefined();
  expect(namedPerson(sentence(rehab, 'cardiac rehab'), [], rehab, isStaff)).toBeUndefined();
});

it('a care setting followed by a treatment is care: "got to the ER in time for a stent"', () => {
  const er = 'Anna Lindqvist got to the ER in time for a stent.';
  expect(namedPerson(sentence(er, 'ER'), [name()], er, isStaff)?.word).toBe('Anna Lindqvist');
});
