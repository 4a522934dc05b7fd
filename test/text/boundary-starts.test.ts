import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryStarts } from '../../src/text/boundary-starts.js';
import { BOUNDARY, splitSentences } from '../../src/text/sentences.js';

/** Every match start of the boundary regex scanned globally, as splitSentences found them before boundaryStarts. */
function scanStarts(text: string): number[] {
  const global = new RegExp(BOUNDARY().source, 'gu');
  return [...text.matchAll(global)].map((m) => m.index);
}

// Few pieces, so that the rarer openers ("] \n", an emoji between words) come up often.
const pieces = fc.constantFrom('.', '...', '!', '?', '…', '\n', '\r\n', ']', '[', ' ', '\t', 'Ab', 'cd', 'Dr', '10:30', 'VO: ', '* ', ')', '🌿', '👍🏽', '©', '\ufe0f', '\ud83c');

describe('boundaryStarts', () => {
  it('finds the openers, the space after a bracket and emoji', () => {
    expect(boundaryStarts('Hi. You!')).toEqual([2, 7]);
    expect(boundaryStarts('[SHOT 3] \nNext')).toEqual([8, 9]);
    expect(boundaryStarts('so good 🌿 Thanks')).toEqual([8, 9]);
    expect(boundaryStarts('no end here')).toEqual([]);
  });

  it('holds every place where a global scan of the boundary regex finds a match', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const starts = new Set(boundaryStarts(text));
        expect(scanStarts(text).filter((i) => !starts.has(i))).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('splitSentences over boundaryStarts', () => {
  it('cuts where the global scan cut', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const ends = splitSentences(text).map((s) => s.end);
        // Every cut is at the end of a match the global scan found (or at the end of the text).
        const global = new RegExp(BOUNDARY().source, 'gu');
        const matchEnds = new Set([...text.matchAll(global)].map((m) => m.index + m[0].length));
        expect(ends.filter((e) => e !== text.length && !matchEnds.has(e))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
