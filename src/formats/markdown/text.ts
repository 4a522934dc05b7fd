import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Mapped } from './align.js';

const REF = /^&(?:#([xX])([\da-fA-F]{1,6})|#(\d{1,7})|([A-Za-z\d]{1,31}));$/;

/** The decoded character reference `raw` (`&amp;`), or undefined when CommonMark keeps it literal. */
export function decodeEntity(raw: string): string | undefined {
  const m = REF.exec(raw);
  if (!m) return undefined;
  if (m[2]) return decodeNumericCharacterReference(m[2], 16);
  if (m[3]) return decodeNumericCharacterReference(m[3], 10);
  const named = decodeNamedCharacterReference(m[4]);
  return named === false ? undefined : named;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;
const isEol = (c: number): boolean => c === 10 || c === 13;

/**
 * Accumulates readable text with the source offset of every code unit, the
 * way mdast builds node values: line endings kept, blanks at the end of a
 * line and at the start of the next one dropped (for plain text).
 */
export class TextBuilder {
  private parts: string[] = [];
  private map: number[] = [];
  /** Source offset just past the last unit taken. */
  end: number;
  /** At the start of a continuation line: leading blanks are not text. */
  lineStart = false;

  constructor(
    readonly source: string,
    at: number,
  ) {
    this.end = at;
  }

  /** Units standing for the source range [from, to) (a decoded entity, an escaped char). */
  unit(text: string, at: number, to: number): void {
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.map.push(at);
    this.end = to;
    this.lineStart = false;
  }

  /** A verbatim source run [from, to). */
  verbatim(from: number, to: number): void {
    if (from >= to) return;
    this.parts.push(this.source.slice(from, to));
    for (let o = from; o < to; o++) this.map.push(o);
    this.end = to;
    this.lineStart = false;
  }

  /**
   * Plain text [from, to): blanks before a line ending and leading blanks of
   * continuation lines dropped, NUL read as U+FFFD. `keepBlanks` (code
   * spans) keeps blanks and only marks where lines start.
   */
  plain(from: number, to: number, keepBlanks = false): void {
    const s = this.source;
    let i = from;
    while (i < to) {
      if (this.lineStart && !keepBlanks) {
        while (i < to && isBlank(s.charCodeAt(i))) i++;
        if (i >= to) return;
      }
      let j = i;
      while (j < to && !isEol(s.charCodeAt(j)) && s.charCodeAt(j) !== 0) j++;
      if (j < to && s.charCodeAt(j) === 0) {
        this.verbatim(i, j);
        this.unit('\uFFFD', j, j + 1);
        i = j + 1;
        continue;
      }
      let k = j;
      if (j < to && !keepBlanks) while (k > i && isBlank(s.charCodeAt(k - 1))) k--;
      this.verbatim(i, k);
      if (j >= to) return;
      const eol = s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 && j + 1 < to ? 2 : 1;
      this.verbatim(j, j + eol);
      this.lineStart = true;
      i = j + eol;
    }
  }

  done(): Mapped {
    const text = this.parts.join('');
    const last = this.map.length ? this.map[this.map.length - 1] + 1 : this.end;
    return { text, map: [...this.map, Math.max(this.end, last)] };
  }
}
