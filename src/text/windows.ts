/**
 * Cuts a long text (or a stream of text chunks) into overlapping windows so
 * that work and memory per step stay bounded. Consecutive windows overlap by
 * `overlap` code units, and each match belongs to exactly one window: the one
 * whose "own" range holds the match start. Own ranges tile the text, and each
 * keeps half the overlap of context on either side, so a match (or context
 * word) shorter than overlap / 2 is seen whole, however the text was cut.
 */
export interface TextWindow {
  text: string;
  /** Offset of text[0] in the whole text. */
  start: number;
  /** Window-relative range of match starts that belong to this window. */
  ownStart: number;
  ownEnd: number;
  /** Window-relative offset where the next window starts (text.length for the last). */
  next: number;
}

export class Windower {
  private buf = '';
  private bufStart = 0;
  private first = true;

  constructor(
    readonly size: number,
    readonly overlap: number,
  ) {
    if (overlap % 2 || size < 4 * overlap) throw new Error('internal: window size must be at least 4 × an even overlap');
  }

  /** Adds text; returns the windows that are now complete. */
  push(chunk: string): TextWindow[] {
    this.buf += chunk;
    const out: TextWindow[] = [];
    while (this.buf.length > this.size) out.push(this.cut(cutPoint(this.buf, this.size)));
    return out;
  }

  /** The last window (none for empty input). */
  end(): TextWindow[] {
    if (!this.buf.length) return [];
    const w = this.window(this.buf.length, this.buf.length);
    this.buf = '';
    return [{ ...w, ownEnd: w.text.length }];
  }

  private cut(end: number): TextWindow {
    const next = end - this.overlap;
    const w = this.window(end, next);
    this.buf = this.buf.slice(next);
    this.bufStart += next;
    this.first = false;
    return w;
  }

  private window(end: number, next: number): TextWindow {
    const half = this.overlap / 2;
    return { text: this.buf.slice(0, end), start: this.bufStart, ownStart: this.first ? 0 : half, ownEnd: end - half, next };
  }
}

/** The windows of an in-memory text (one window when it is short). */
export function cutWindows(text: string, size: number, overlap: number): TextWindow[] {
  const w = new Windower(size, overlap);
  return [...w.push(text), ...w.end()];
}

/** Keeps the matches this window owns, shifted to whole-text offsets. */
export function ownedMatches<T extends { start: number; end: number }>(w: TextWindow, matches: T[]): T[] {
  return matches
    .filter((m) => m.start >= w.ownStart && m.start < w.ownEnd)
    .map((m) => ({ ...m, start: m.start + w.start, end: m.end + w.start }));
}

/**
 * Where to end a window of at most `size` units: after the last line break or
 * space in its final quarter, so words and lines stay whole; otherwise at
 * `size`, never inside a surrogate pair or a CRLF.
 */
function cutPoint(buf: string, size: number): number {
  const floor = size - (size >> 2);
  const tail = buf.slice(floor, size);
  for (const sep of ['\n', ' ']) {
    const i = tail.lastIndexOf(sep);
    if (i >= 0) return floor + i + 1;
  }
  const last = buf.charCodeAt(size - 1);
  if (last >= 0xd800 && last <= 0xdbff) return size - 1;
  if (last === 13 && buf.charCodeAt(size) === 10) return size + 1;
  return size;
}
