import { sourceOffset } from '../formats/index.js';
import { foldForMatching } from '../text/fold.js';
import type { Segment } from '../model/types.js';

const MARK = /\p{M}/u;

/** Segments as the detectors see them, and the way back to the original ones. */
export interface MatchView {
  /** One per original segment: the same object when nothing was folded. */
  segments: Segment[];
  /** A span of folded segment `s` as a span of the original segment's text. */
  back(s: number, start: number, end: number): { start: number; end: number };
}

/**
 * Folds each segment for matching (text/fold.ts). A folded segment maps its
 * own code units straight to source offsets, so context and ordering that
 * read `sourceOffset` work unchanged; findings are located through `back`
 * on the original segment, so their positions and text are the file's.
 */
export function matchView(segments: Segment[]): MatchView {
  const origins: (number[] | undefined)[] = [];
  const folded = segments.map((seg, s) => {
    const { text, origin } = foldForMatching(seg.text);
    origins[s] = origin;
    if (!origin) return seg;
    return { ...seg, text, start: sourceOffset(seg, origin[0]), map: origin.map((o) => sourceOffset(seg, o)) };
  });
  const back = (s: number, start: number, end: number) => {
    const origin = origins[s];
    if (!origin) return { start, end };
    const text = segments[s].text;
    if (end <= start) return { start: origin[start], end: origin[start] };
    const last = origin[end - 1];
    let to = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
    // Marks on the last character (an underline, a keycap) are part of it; an invisible character after it is not.
    while (to < text.length && MARK.test(text[to])) to++;
    return { start: origin[start], end: to };
  };
  return { segments: folded, back };
}
