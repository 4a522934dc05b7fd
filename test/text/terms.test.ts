import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSets, findTerms } from '../../src/text/terms.js';

// 'on DOT' and 'Heart Team': exact terms whose first word is lower case, or one a folded term starts with too.
const TERMS = ['heart', 'heart failure', 'congestive heart failure', 'MS', 'St. Mary', 'type 2 diabetes', 'failure to thrive', 'on DOT', 'Heart Team', 'heart team huddle'];
const sets = buildSets(TERMS, undefined);
const found = (text: string, limit?: number) => findTerms(text, sets, limit).map((m) => text.slice(m.start, m.end));

describe('findTerms', () => {
  it('takes the longest term at each word, never overlapping', () => {
    expect(found('Congestive heart failure to thrive')).toEqual(['Congestive heart failure']);
    expect(found('a heart  failure and a heart')).toEqual(['heart  failure', 'heart']);
  });

  it('matches lower-case terms in any case and terms with capitals exactly', () => {
    expect(found('HEART and MS but not ms')).toEqual(['HEART', 'MS']);
    expect(found('St. Mary and st. mary')).toEqual(['St. Mary']);
  });

  it('asks each side (exact, folded) only where its first words allow, and both where they share a word', () => {
    expect(found('on DOT, on dot, ON DOT')).toEqual(['on DOT']);
    expect(found('the Heart Team and the heart team huddle, HEART TEAM')).toEqual(['Heart Team', 'heart team huddle', 'HEART']);
  });

  it('answers a word met before in another case or text the same (its answer is remembered, term-first-words.ts)', () => {
    expect(found('heart')).toEqual(['heart']);
    expect(found('Heart failure, then HEART Team and heart team huddle')).toEqual(['Heart failure', 'HEART', 'heart team huddle']);
    expect(found('HEART FAILURE')).toEqual(['HEART FAILURE']);
  });

  it('stops after `limit` terms', () => {
    expect(found('heart, heart, heart', 2)).toEqual(['heart', 'heart']);
  });

  it('agrees with trying every phrase length at every word', () => {
    const words = fc.constantFrom('heart', 'Heart', 'team', 'Team', 'huddle', 'on', 'DOT', 'dot', 'failure', 'congestive', 'to', 'thrive', 'MS', 'ms', 'type', '2', 'diabetes', 'St.', 'Mary', 'x');
    const gaps = fc.constantFrom(' ', '  ', ', ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, gaps), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        expect(found(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with it once the two-word table is built (term-pairs.ts), with capitals, odd spaces and words outside ASCII', () => {
    const own = buildSets([...TERMS, 'niño sano', 'in situ', 'in situ carcinoma'], undefined);
    // 17 texts in turn: findTerms remembers its last 16 readings, and each asks the table again.
    for (let i = 0; i <= 4096; i++) findTerms(`heart failure ${i % 17}`, own);
    const words = fc.constantFrom('heart', 'HEART', 'Heart', 'Team', 'team', 'huddle', 'failure', 'Failure', 'congestive', 'St.', 'Mary', 'in', 'IN', 'situ', 'carcinoma', 'niño', 'NIÑO', 'sano', 'on', 'DOT', 'x');
    const gaps = fc.constantFrom(' ', '  ', ' \t', '\u00a0', ', ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, gaps), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        expect(findTerms(text, own).map((m) => text.slice(m.start, m.end))).toEqual(reference(text, own));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The plain algorithm: at each word, the longest run of whole words that is a term. */
function reference(text: string, within = sets): string[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu)].map((m) => [m.index!, m.index! + m[0].length]);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let best = -1;
    for (let j = i; j < words.length; j++) {
      const phrase = text.slice(words[i][0], words[j][1]).replace(/\s+/g, ' ');
      if (within.exact.has(phrase) || within.folded.has(phrase.toLowerCase())) best = j;
    }
    if (best >= 0) out.push(text.slice(words[i][0], words[best][1]));
    i = best >= 0 ? best + 1 : i + 1;
  }
  return out;
}
