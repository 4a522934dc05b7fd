import { describe, expect, it } from 'vitest';
import { isEponym } from '../../src/context/eponym.js';

const check = (text: string, word: string) => isEponym(text, text.indexOf(word), text.indexOf(word) + word.length);

describe('isEponym', () => {
  it('recognises names and places that name a disease, score or sign', () => {
    expect(check("signs of Cushing's syndrome", 'Cushing')).toBe(true);
    expect(check('a Framingham Risk Score of 20%', 'Framingham')).toBe(true);
    expect(check("Lou Gehrig's disease", 'Lou Gehrig')).toBe(true);
    expect(check('the Modified Duke Score', 'Duke Score')).toBe(true);
    expect(check("Barrett's esophagus", 'Barrett')).toBe(true);
  });

  it('leaves people and places alone', () => {
    expect(check('Anna Barrett was admitted with a fever', 'Anna Barrett')).toBe(false);
    expect(check('a farmer from Framingham with a broken arm', 'Framingham')).toBe(false);
    expect(check("Mr. Cushing's daughter visited", 'Cushing')).toBe(false);
  });
});
