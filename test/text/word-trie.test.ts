import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escape, trieAlternation } from '../../src/text/word-trie.js';

/** The plain form the trie replaces: the words longest first. */
const flat = (words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
const bounded = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('escape', () => {
  it('makes any string a regex that matches just that string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => new RegExp(`^${escape(s)}$`, 'u').test(s)), { numRuns: 2000 });
    expect(new RegExp(escape('a.c')).test('abc')).toBe(false);
  });
});

describe('trieAlternation', () => {
  it('shares prefixes', () => {
    expect(trieAlternation(['admitted', 'admission'])).toBe('(?:admi(?:tted|ssion))');
    expect(trieAlternation(['her', 'her doctor'])).toBe('(?:her(?: doctor)?)');
  });

  it('branches on Latin-1 letters as on ASCII ones', () => {
    expect(trieAlternation(['niño', 'Niña'])).toBe('(?:niñ(?:o|a))');
    expect(trieAlternation(['niño', 'Niña'], false)).toBe('(?:niño|Niña)');
    // A letter whose case twins lie outside Latin-1 and ASCII keeps the flat form.
    expect(trieAlternation(['aı', 'ab'])).toBe('(?:aı|ab)');
  });

  it('escapes regex syntax', () => {
    expect(new RegExp(trieAlternation(['no.', 'c++', 'a|b'])).test('c++')).toBe(true);
    expect(new RegExp(`^${trieAlternation(['no.'])}$`).test('nox')).toBe(false);
  });

  it('matches exactly what the flat alternation, longest first, matches', () => {
    const letters = fc.constantFrom('a', 'b', 'n', 'o', 'i', 'I', 'k', 's', ' ', '.', 'É', 'é', 'ñ', 'Ñ', 'å', 'Å', '\u212b', 'ÿ', 'Ÿ', 'µ', 'μ', 'ı', 'İ', 'ß', 'ẞ', 'ſ', 'K', 'ᾀ', 'ᾈ', '😀', '-');
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    const text = fc.array(fc.oneof(letters, word), { maxLength: 25 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), text, (words, t) => {
        expect(matches(bounded(trieAlternation(words)), t)).toEqual(matches(bounded(flat(words)), t));
        // The same without the `u` flag, as the word gates use tries.
        const legacy = (body: string) => new RegExp(`(?<![a-z])${body}`, 'gi');
        expect(matches(legacy(trieAlternation(words)), t)).toEqual(matches(legacy(flat(words)), t));
        // And as written, case-sensitive.
        expect(matches(new RegExp(trieAlternation(words, false), 'gu'), t)).toEqual(matches(new RegExp(flat(words), 'gu'), t));
      }),
      { numRuns: 1500 },
    );
    // A property run, not a timing check: each case compiles two Unicode regexes, slow on a busy 2-core machine.
  }, 120_000);
});
