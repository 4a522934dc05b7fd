import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateRegex, gateWords, mayMatch, WordGates } from '../../src/text/word-gate.js';
import { wordsRegex } from '../../src/text/words.js';

const rank = (w: string) => (['in', 'our', 'the', 'a'].includes(w) ? 1000 : 1);
const gateOf = (phrases: string[], by: (w: string) => number = rank) => new WordGates().add(gateWords(phrases, by));

describe('WordGate', () => {
  it('rules out a text that holds none of the chosen words, whatever its case', () => {
    const gate = gateOf(['in our emergency department', 'patient spotlight', '(composite', 'don’t discuss']);
    expect(gate.mayMatch('Meet our DEPARTMENT team')).toBe(true);
    expect(gate.mayMatch('In our emergency today')).toBe(false);
    expect(gate.mayMatch('A composite story')).toBe(true);
    expect(gate.mayMatch('We DISCUSS it')).toBe(true);
    expect(gate.mayMatch('Spotlights on staff')).toBe(false);
  });

  it('reads ſ and the Kelvin sign as the iu flags do, and opens on any word outside ASCII for a phrase without an ASCII word', () => {
    const gate = gateOf(['sick', 'niño']);
    expect(gate.mayMatch('ſICK')).toBe(true);
    expect(gate.mayMatch('ниño')).toBe(true);
    expect(gate.mayMatch('plain words only')).toBe(false);
    expect(gateOf(['kid']).mayMatch('\u212aID')).toBe(true);
  });

  it('answers mayMatch for a regex by its gate, and true for a regex without one', () => {
    const re = gateRegex(wordsRegex(['admitted'], 'gi'), gateOf(['admitted']));
    expect(mayMatch(re, 'she was ADMITTED')).toBe(true);
    expect(mayMatch(re, 'admittedly not')).toBe(false);
    expect(mayMatch(/x/, 'anything')).toBe(true);
  });

  it('never rules out a text the list regex matches', () => {
    const chars = fc.constantFrom('a', 'b', 'K', '\u212a', 'ſ', 's', 'é', 'É', 'ñ', '1', ' ', '-', '’', '(', '.', '\u0301', 'ι', '\u0345');
    const phrase = fc.array(chars, { minLength: 1, maxLength: 6 }).map((c) => c.join('').trim()).filter(Boolean);
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), fc.array(chars, { maxLength: 30 }), (phrases, text) => {
        const joined = text.join('');
        const re = wordsRegex(phrases, 'i');
        if (re.test(joined)) expect(gateOf(phrases, () => 0).mayMatch(joined)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('chooses the rarest word of each phrase, the longer on a tie, as plain data', () => {
    expect(gateWords(['in our emergency department', 'our patient', 'niño', '(', 'sick'], rank)).toEqual({ words: ['department', 'patient', 'sick'], nonAscii: true, open: true });
  });
});
