import type { StartCheck } from './start-checks.js';
import { quickWordBoundaries } from './word-boundary.js';

/**
 * V8 runs a regex that opens with `\b` under the `i` and `u` flags about 30
 * times slower than the same regex without it (with Unicode case folding the
 * boundary is a slow assertion tried at every position: 140 ms instead of
 * 4 ms over 10 MB). `\bREST` without a top-level `|` matches exactly where
 * REST matches at a word boundary, so the boundary is checked in code on each
 * match of REST instead, with the same results.
 */

/** A global regex, maybe with its leading `\b` taken out to be checked in code. */
export interface BoundedRegex {
  re: RegExp;
  boundary: boolean;
}

/** REST when `source` is `\b` + REST and REST has no top-level alternative; otherwise undefined. */
export function withoutLeadingBoundary(source: string): string | undefined {
  if (!source.startsWith('\\b')) return undefined;
  const rest = source.slice(2);
  return topLevelAlternatives(rest) === 1 ? rest : undefined;
}

function topLevelAlternatives(source: string): number {
  let depth = 0;
  let inClass = false;
  let count = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) count++;
  }
  return count;
}

/** Escapes inside a lookbehind's class that hold the ASCII digits. */
const DIGIT_ESCAPES = ['\\d', '\\w', '\\p{N}', '\\p{Nd}'];

/**
 * Length of a `\b`, `(?<!\d)`, `(?<!\w)` or `(?<![...])` whose class holds
 * the digits, at the start of `source`; 0 when there is none. Read by hand: a
 * regex doing this cost over a millisecond of a one-file start to compile.
 */
function digitRefusedBefore(source: string): number {
  if (source.startsWith('\\b')) return 2;
  if (!source.startsWith('(?<!')) return 0;
  if (source.startsWith('(?<!\\d)') || source.startsWith('(?<!\\w)')) return 7;
  if (source[4] !== '[' || source[5] === '^') return 0;
  let digits = false;
  for (let i = 5; i < source.length; i++) {
    if (source[i] === ']') return digits && source[i + 1] === ')' ? i + 2 : 0;
    if (source[i] !== '\\') continue;
    digits ||= DIGIT_ESCAPES.some((e) => source.startsWith(e, i));
    i++;
  }
  return 0;
}

/**
 * Whether no match of `source` can start at an ASCII digit right after
 * another: it opens with `\b` or a lookbehind that refuses a digit, and that
 * opening covers the whole pattern (no `|` at its top level). Such patterns
 * ("\b\d{5}", "(?<![\d/.-])\d{1,2}/...") are tried only where a run of
 * digits starts, not at each of its digits.
 */
export function startsDigitRuns(source: string): boolean {
  const open = digitRefusedBefore(source);
  return open > 0 && topLevelAlternatives(source.slice(open)) === 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Patterns as one alternation; a `\b` that opens every one of them is put in front, where it can be checked in code. */
export function unionSource(patterns: readonly string[]): string {
  // Only a \b that covers its whole pattern ("\bA|B" does not cover B) may move to the front.
  const rests = patterns.map(withoutLeadingBoundary);
  if (rests.some((r) => r === undefined)) return patterns.map((p) => `(?:${p})`).join('|');
  return `\\b(?:${rests.map((r) => `(?:${r})`).join('|')})`;
}

/** Compiles `source` with `flags` (which include `g`). */
export function boundedRegex(source: string, flags: string): BoundedRegex {
  const rest = flags.includes('i') && flags.includes('u') ? withoutLeadingBoundary(source) : undefined;
  return { re: new RegExp(quickWordBoundaries(rest ?? source, flags), flags), boundary: rest !== undefined };
}

/** A word character as `\b` sees it under the `iu` flags: \w plus the two letters that fold into it (ſ, K). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x17f || c === 0x212a;
}

/** Whether `\b` holds at `i` (under the `iu` flags). */
function atWordBoundary(text: string, i: number): boolean {
  const before = i > 0 && isWordChar(text.charCodeAt(i - 1));
  const after = i < text.length && isWordChar(text.charCodeAt(i));
  return before !== after;
}

/** Past position `at`, as the regex engine steps: one code point in Unicode mode. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** The next match at or after `re.lastIndex`, as the original regex would find it. */
export function nextMatch({ re, boundary }: BoundedRegex, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!boundary || atWordBoundary(text, m.index)) return m;
    re.lastIndex = advance(text, m.index, re.unicode);
  }
  return null;
}

/** Calls `visit` with every match, stepping past empty ones as `text.matchAll` does. */
export function eachMatch(b: BoundedRegex, text: string, visit: (m: RegExpExecArray) => void): void {
  b.re.lastIndex = 0;
  for (let m = nextMatch(b, text); m; m = nextMatch(b, text)) {
    visit(m);
    if (!m[0]) b.re.lastIndex = advance(text, b.re.lastIndex, b.re.unicode);
  }
}

/** [start, end) of every match, as `text.matchAll` gives them. */
export function matchSpans(b: BoundedRegex, text: string): [number, number][] {
  const out: [number, number][] = [];
  eachMatch(b, text, (m) => out.push([m.index, m.index + m[0].length]));
  return out;
}

/**
 * The matches a global scan of `sticky`'s pattern finds, when every match
 * starts at one of `starts` (sorted): the scan's next try is the first start
 * at or past where it stands, and a sticky match there is the one the scan
 * would find. In Unicode mode the scan never stands inside a surrogate pair.
 * With `digitRuns` (startsDigitRuns of the pattern), a start inside a run of
 * digits is skipped: the regex would refuse it; so is a start `check`
 * (start-checks.ts) refuses.
 */
export function stickySpans<T>(sticky: RegExp, text: string, starts: readonly number[], pick: (m: RegExpExecArray) => T, digitRuns = false, check?: StartCheck): T[] {
  const out: T[] = [];
  const unicode = sticky.unicode;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k];
    if (p < from || (unicode && p > 0 && (text.charCodeAt(p) & 0xfc00) === 0xdc00 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800)) continue;
    // A pattern that starts digit runs (startsDigitRuns) cannot match inside one.
    if (digitRuns && p > 0 && isDigit(text.charCodeAt(p)) && isDigit(text.charCodeAt(p - 1))) continue;
    if (check && !check(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(pick(m));
    from = m[0] ? m.index + m[0].length : advance(text, m.index, unicode);
  }
  return out;
}
