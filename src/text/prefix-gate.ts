import { isSpace } from './chars.js';

/**
 * A cheap test that no phrase of a list starts a text at a place: the
 * phrases' first three characters (fewer for a shorter phrase) in a set, and
 * the text's first one, two and three characters there looked up in it. Exact
 * for a regex with the `iu` flags that matches one of the phrases as written
 * there: where both sides are ASCII, Unicode case folding is ASCII case;
 * where either is not, the gate stays open.
 */
const SPAN = 3;

/** `(text, at)` -> false only when no phrase can start at `at`. */
export function prefixGate(phrases: readonly string[]): (text: string, at: number) => boolean {
  const starts = new Set(phrases.map((p) => p.slice(0, SPAN).toLowerCase()));
  // A phrase that opens outside ASCII, or empty, could start anywhere; one that opens with a space or a comma
  // could take back what pastCommaAndSpaces stepped over: no gate.
  if (phrases.some((p) => !p || !isAscii(p.slice(0, SPAN)) || p[0] === ',' || isSpace(p.charCodeAt(0)))) return () => true;
  return (text, at) => {
    const head = text.slice(at, at + SPAN);
    if (!isAscii(head)) return true;
    const lower = head.toLowerCase();
    for (let n = 1; n <= lower.length; n++) if (starts.has(lower.slice(0, n))) return true;
    return false;
  };
}

const isAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** Where `^,?\s*` leaves off in `text`: past one comma, then every space as `\s` reads it. */
export function pastCommaAndSpaces(text: string): number {
  let at = text.startsWith(',') ? 1 : 0;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}
