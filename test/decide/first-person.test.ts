import { expect, it } from 'vitest';
import { introducesSelf, WRITER_IS_STAFF } from '../../src/decide/first-person.js';

const at = (text: string, name: string) => introducesSelf(text, text.indexOf(name));

it('reads the name a writer introduces themself by', () => {
  expect(at("I'm Dani, I'm 36, and I've had rosacea since I was 20.", 'Dani')).toBe(true);
  expect(at('Hi, my name is Ana and I run our front desk.', 'Ana')).toBe(true);
  expect(at('Thank you, Dani, for sharing your story.', 'Dani')).toBe(false);
});

it('reads a writer who says they are staff, not one who names a job in passing', () => {
  expect(WRITER_IS_STAFF.test("I'm also a licensed esthetician at Glow Aesthetics.")).toBe(true);
  expect(WRITER_IS_STAFF.test("I've been a hospice nurse for nine years.")).toBe(true);
  expect(WRITER_IS_STAFF.test('My nurse was wonderful after my surgery.')).toBe(false);
});
