import { expect, it } from 'vitest';
import type { Hit } from '../../src/model/rule.js';
import { namedPerson } from '../../src/context/named-person.js';
import type { Sentence } from '../../src/model/post.js';

const text = 'Anna Lindqvist finished cardiac rehab.';
const sentence = (health: string, personal?: string): Sentence => ({
  segment: 0, start: 0, end: text.length, text, reply: false,
  health: { word: health, start: 0 }, ...(personal ? { personal: { word: personal, start: 0 } } : {}),
});
const isStaff = (h: Hit) => Boolean(h.staff);
const name = (staff = false) => ({ rule: { spec: { category: 'name' } }, segment: 0, start: 0, end: 14, ...(staff ? { staff } : {}) }) as unknown as Hit;

it("a patient's name with a condition or treatment is the sentence's person", () => {
  expect(namedPerson(sentence('cardiac rehab'), [name()], text, isStaff)?.word).toBe('Anna Lindqvist');
});

it('not with a care setting alone, not for staff, not when the sentence already has a person', () => {
  expect(namedPerson(sentence('hospice'), [name()], text, isStaff)).toBeUndefined();
  expect(namedPerson(sentence('cardiac rehab'), [name(true)], text, isStaff)).toBeUndefined();
  expect(namedPerson(sentence('cardiac rehab', 'she'), [name()], text, isStaff)).toBeUndefined();
  expect(namedPerson(sentence('cardiac rehab'), [], text, isStaff)).toBeUndefined();
});
