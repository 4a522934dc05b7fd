/**
 * Decoding of one JSON string literal body with a per-code-unit source map,
 * so a finding in the decoded text lands on the right characters of the file.
 */

export interface DecodedString {
  text: string;
  /**
   * Present only when escapes changed the text: the source offset of every
   * decoded UTF-16 code unit (the escape's backslash for escaped ones), plus
   * `end` as the last entry.
   */
  map?: number[];
}

const SIMPLE_ESCAPES = new Map<string, string>([
  ['"', '"'], ['\\', '\\'], ['/', '/'],
  ['b', '\b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t'],
]);

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/**
 * Decodes source[start, end): the body of a string literal without its quotes.
 * Never throws: a malformed escape (`\x`, `\u12`, a lone trailing `\`) is kept
 * verbatim, because the text may still hold PHI; the scanner reports it.
 * A `\uXXXX` yields one code unit, so a surrogate pair written as two escapes
 * maps each half to its own escape.
 */
export function decodeJsonString(source: string, start: number, end: number): DecodedString {
  let slash = source.indexOf('\\', start);
  if (slash < 0 || slash >= end) return { text: source.slice(start, end) };

  const parts: string[] = [];
  const map: number[] = [];
  let i = start;
  while (i < end) {
    // Copy the plain run up to the next backslash in one go.
    const runEnd = slash >= 0 && slash < end ? slash : end;
    if (runEnd > i) {
      parts.push(source.slice(i, runEnd));
      for (let k = i; k < runEnd; k++) map.push(k);
      i = runEnd;
    }
    if (i >= end) break;
    // An escape, valid or not, contributes exactly one code unit here.
    const width = pushEscape(source, i, end, parts);
    map.push(i);
    if (width === 0) {
      // Not a valid escape: keep the backslash as an ordinary character.
      parts.push('\\');
      i += 1;
    } else {
      i += width;
    }
    slash = source.indexOf('\\', i);
  }
  map.push(end);
  const text = parts.join('');
  // Every valid escape shortens the text; equal length means nothing was decoded.
  return text.length === end - start ? { text } : { text, map };
}

/** Appends the decoded escape at `at`; returns its source width, 0 if invalid. */
function pushEscape(source: string, at: number, end: number, parts: string[]): number {
  if (at + 1 >= end) return 0;
  const simple = SIMPLE_ESCAPES.get(source[at + 1]);
  if (simple !== undefined) {
    parts.push(simple);
    return 2;
  }
  if (source[at + 1] !== 'u' || at + 6 > end) return 0;
  const hex = source.slice(at + 2, at + 6);
  if (!HEX4.test(hex)) return 0;
  parts.push(String.fromCharCode(parseInt(hex, 16)));
  return 6;
}
