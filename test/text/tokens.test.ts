import { expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokens.js';
import { windowAround } from '../../src/text/words.js';

it('splits possessives off and marks initials and sentence starts', () => {
  const toks = tokenize("Mr. Lindqvist's wife, Anna S. Wiśniewski-Park. She smiled at 98°F.");
  const by = (t: string) => toks.find((x) => x.text === t)!;
  expect(toks.map((t) => t.text)).toEqual(['Mr', 'Lindqvist', 'wife', 'Anna', 'S', 'Wiśniewski-Park', 'She', 'smiled', 'at', 'F']);
  expect(by('Lindqvist')).toMatchObject({ possessive: true, cap: true, sentenceStart: false });
  expect(by('S').initial).toBe(true);
  expect(by('F').initial).toBe(false);
  expect(by('Wiśniewski-Park').sentenceStart).toBe(false);
  expect(by('She').sentenceStart).toBe(true);
  expect(by('Mr').sentenceStart).toBe(true);
});

it('windows can stop at sentence ends', () => {
  const text = 'Open 9 a.m. to noon. Admitted on March 3. Call us.';
  const m = { start: text.indexOf('March'), end: text.indexOf('March') + 7 };
  expect(windowAround(text, m, 40, true).trim()).toBe('Admitted on March 3');
  expect(windowAround(text, m, 40, false)).toContain('noon');
});
