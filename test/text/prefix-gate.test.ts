import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pastCommaAndSpaces, prefixGate } from '../../src/text/prefix-gate.js';
import { trieAlternation } from '../../src/text/word-trie.js';

const PHRASES = ['RN', 'MD', 'PharmD', 'Ph.D.', 'do', 'our head of', 'LCSW', 'm.e'];
/** The shape people-cues.ts gates: `^,?\s*` then a phrase. */
const STARTS = new RegExp(`^,?\\s*${trieAlternation(PHRASES)}`, 'iu');

describe('prefixGate', () => {
  const gate = prefixGate(PHRASES);
  const mayStart = (text: string) => gate(text, pastCommaAndSpaces(text));

  it('stays shut where no phrase starts', () => {
    expect(mayStart(' Library. Call 555-0100.')).toBe(false);
    expect(mayStart(', and')).toBe(false);
    expect(mayStart('')).toBe(false);
  });

  it('opens where a phrase may start, in any case', () => {
    for (const text of [', RN', ' md', ',\u00a0PHARMD', ' Ph.D.', ' dog', ', Our head']) expect(mayStart(text), text).toBe(true);
  });

  it('opens on characters outside ASCII', () => {
    expect(mayStart(' ʀn')).toBe(true);
  });

  it('has no gate for phrases that open outside ASCII or with a space', () => {
    expect(prefixGate(['Ärztin'])('xyz', 0)).toBe(true);
    expect(prefixGate([' RN'])('xyz', 0)).toBe(true);
  });

  it('never stays shut where the regex matches', () => {
    const pieces = fc.constantFrom(',', ' ', '\u00a0', '\n', 'R', 'r', 'N', 'n', 'M', 'D', 'd', 'o', 'P', 'h', '.', 'K', 'ſ', 'İ', 'e', 'm', 'our', ' head of', 'LCSW', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        return !STARTS.test(text) || mayStart(text);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('pastCommaAndSpaces', () => {
  it('steps over one comma and the spaces \\s reads', () => {
    expect(pastCommaAndSpaces(', \u00a0\u2003x')).toBe(4);
    expect(pastCommaAndSpaces(',,x')).toBe(1);
    expect(pastCommaAndSpaces('x')).toBe(0);
  });
});
