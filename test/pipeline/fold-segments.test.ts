import { describe, expect, it } from 'vitest';
import { matchView } from '../../src/pipeline/fold-segments.js';
import { sourceOffset } from '../../src/formats/index.js';
import type { Segment } from '../../src/model/types.js';

describe('matchView', () => {
  it('keeps segments with nothing to fold as the same objects (their findings cannot change)', () => {
    const segments: Segment[] = [
      { text: 'Call 555-0142 \u2014 ask for Ren\u00e9e \ud83c\udf89', kind: 'text', start: 0 },
      { text: 'MRN 123', kind: 'json-string', start: 40, map: [40, 41, 42, 43, 44, 50, 51, 52] },
    ];
    const view = matchView(segments);
    expect(view.segments[0]).toBe(segments[0]);
    expect(view.segments[1]).toBe(segments[1]);
    expect(view.back(1, 4, 7)).toEqual({ start: 4, end: 7 });
  });

  it('maps a folded segment to source offsets, through the original map', () => {
    // "1\u200b2" decoded from a JSON escape: the zero-width space came from `\u200b` at 11..16.
    const seg: Segment = { text: 'x 1\u200b2', kind: 'json-string', start: 8, map: [8, 9, 10, 11, 17, 18] };
    const view = matchView([seg]);
    expect(view.segments[0].text).toBe('x 12');
    expect([0, 1, 2, 3, 4].map((i) => sourceOffset(view.segments[0], i))).toEqual([8, 9, 10, 17, 18]);
    expect(view.back(0, 2, 4)).toEqual({ start: 2, end: 5 });
  });

  it('covers a folded character written as a surrogate pair whole', () => {
    const seg: Segment = { text: 'SSN \u{1d7cf}23', kind: 'text', start: 0 };
    const view = matchView([seg]);
    expect(view.segments[0].text).toBe('SSN 123');
    expect(view.back(0, 4, 7)).toEqual({ start: 4, end: 8 });
    expect(view.back(0, 4, 5)).toEqual({ start: 4, end: 6 });
  });

  it('covers the marks on the last character, not an invisible character after it', () => {
    const seg: Segment = { text: '1\u03322\u0332\u200b x', kind: 'text', start: 0 };
    const view = matchView([seg]);
    expect(view.segments[0].text).toBe('12 x');
    expect(view.back(0, 0, 2)).toEqual({ start: 0, end: 4 });
  });
});
