import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Matcher, PhraseMatcher } from '../../src/text/phrase-matcher.js';
import { wordsRegex } from '../../src/text/words.js';
import { rawCues } from '../../src/lexicons/cue-lists.js';

/** Every match from `from` on, as a global exec loop finds them. */
function all(re: Matcher, text: string, from = 0): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m; (m = re.exec(text)); ) out.push([m.index, m[0]]);
  expect(re.lastIndex).toBe(0);
  return out;
}

describe('PhraseMatcher', () => {
  it('finds the longest phrase that ends at a word end, in any case', () => {
    const m = new PhraseMatcher(['went home', 'home from', 'home', 'f/u', 'últimos días', 'sick']);
    expect(all(m, 'She WENT HOME from the ER; f/u Friday. Home-from-work')).toEqual([[4, 'WENT HOME'], [27, 'f/u'], [39, 'Home']]);
    expect(all(m, 'sus ÚLTIMOS DÍAS, homes, ſICK, F/U, home\u0345')).toEqual([[4, 'ÚLTIMOS DÍAS'], [25, 'ſICK'], [31, 'F/U']]);
    expect(all(m, 'went home', 2)).toEqual([[5, 'home']]);
  });

  it('refuses a phrase that does not start and end with a letter or digit', () => {
    expect(() => new PhraseMatcher(['#hashtag'])).toThrow();
    expect(() => new PhraseMatcher(['a𝐀'])).toThrow();
    expect(() => new PhraseMatcher(['ιx'])).toThrow();
  });

  it('matches as wordsRegex with the giu flags matches', () => {
    const chars = fc.constantFrom('a', 'b', 'K', '\u212a', 'ſ', 's', 'é', 'É', 'ñ', 'Ñ', '1', ' ', '-', '/', '’', '.', '\u0301', '𝐀', 'ι', '\u0345');
    const phrase = fc.array(chars, { minLength: 1, maxLength: 6 }).map((c) => c.join('').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((p) => p !== '' && !/[\u212aſ\ud800-\udfffι\u0345]/.test(p));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 5 }), fc.array(chars, { maxLength: 40 }), fc.nat(40), (phrases, text, from) => {
        const joined = text.join('');
        expect(all(new PhraseMatcher(phrases), joined, from)).toEqual(all(wordsRegex(phrases, 'gi'), joined, from));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the cue lists as their regexes do', () => {
    const raw = rawCues();
    for (const key of ['patient', 'personal', 'org', 'workWords']) {
      const phrases = raw[key];
      const words = phrases.flatMap((p) => [p, p.toUpperCase(), p.replace(/s/g, 'ſ'), `x${p}`, `${p}s`]);
      let seed = 3;
      const pick = () => words[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % words.length];
      const text = Array.from({ length: 3000 }, () => pick()).join(' ');
      expect(all(new PhraseMatcher(phrases), text)).toEqual(all(wordsRegex(phrases, 'gi'), text));
    }
  });
});
