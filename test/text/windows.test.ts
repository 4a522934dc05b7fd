import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutWindows, ownedMatches, Windower } from '../../src/text/windows.js';

const pieces = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '🎉', 'é', 'MRN123');
const texts = fc.array(pieces, { maxLength: 400 }).map((p) => p.join(''));

describe('cutWindows', () => {
  it('keeps a short text in one window that owns everything', () => {
    expect(cutWindows('hello', 64, 16)).toEqual([{ text: 'hello', start: 0, ownStart: 0, ownEnd: 5, next: 5 }]);
    expect(cutWindows('', 64, 16)).toEqual([]);
  });

  it('windows are slices of the text whose own ranges tile it exactly', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let covered = 0;
        for (const w of cutWindows(text, 64, 16)) {
          expect(w.text).toBe(text.slice(w.start, w.start + w.text.length));
          expect(w.start + w.ownStart).toBe(covered);
          covered = w.start + w.ownEnd;
        }
        expect(covered).toBe(text.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never cuts inside a surrogate pair or a CRLF', () => {
    for (const text of ['🎉'.repeat(100), 'ab\r\n'.repeat(60), 'x'.repeat(63) + '\r\n' + 'y'.repeat(100)]) {
      for (const w of cutWindows(text, 64, 16).slice(0, -1)) {
        const end = w.start + w.text.length;
        expect(text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff).toBe(false);
        expect(text.slice(end - 1, end + 1)).not.toBe('\r\n');
      }
    }
  });

  it('a stream pushed in small chunks gives the same windows as one string', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 50 }), (text, step) => {
        const w = new Windower(64, 16);
        const streamed = [];
        for (let i = 0; i < text.length; i += step) streamed.push(...w.push(text.slice(i, i + step)));
        streamed.push(...w.end());
        expect(streamed).toEqual(cutWindows(text, 64, 16));
      }),
      { numRuns: 100 },
    );
  });

  it('ownedMatches finds every short match exactly once, wherever the cuts fall', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const find = (t: string) => [...t.matchAll(/MRN\d+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
        const windowed = cutWindows(text, 64, 16).flatMap((w) => ownedMatches(w, find(w.text)));
        expect(windowed).toEqual(find(text));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a size that leaves no room between overlaps', () => {
    expect(() => new Windower(60, 16)).toThrow(/window size/);
  });
});
