import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileHeads, headIn, isEponym } from '../../src/context/eponym.js';
import { escape } from '../../src/text/word-trie.js';

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

const WORDS = ['syndrome', 'disease', 'sign', 'score', 'esophagus', 'virus'];
const heads = compileHeads(WORDS);
/** The one regex the two stand for. */
const WHOLE = new RegExp(`^(?:['’]s?)?(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?:${WORDS.map(escape).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:${WORDS.map(escape).join('|')})$`, 'iu');

describe('headIn', () => {
  it('finds a head after the hit or ending it', () => {
    expect(headIn("'s syndrome and more", heads)).toBe(true);
    expect(headIn(' Risk Score of 20%', heads)).toBe(true);
    expect(headIn('Duke Score', heads)).toBe(true);
    expect(headIn('a long sentence that ends on the word Disease', heads)).toBe(true);
    expect(headIn('a long sentence that ends on Hyperdisease', heads)).toBe(false);
    expect(headIn(' was admitted with a fever', heads)).toBe(false);
  });

  it('says what the single regex says, on texts of any length', () => {
    const parts = fc.constantFrom('syndrome', 'Sign', 'SCORE', 'viruses', 'ſcore', 'é', '𝒜', ' ', "'s", 'Risk', 'a', 'x-', '\n');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 14 }), (ps) => {
        const text = ps.join('');
        expect(headIn(text, heads)).toBe(WHOLE.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
