import { isSpace } from './chars.js';
import { lazyRegex } from './lazy-regex.js';
import { boundaryStarts } from './boundary-starts.js';
import { stickySpans } from './leading-boundary.js';

/**
 * Where sentences end. Two readings share this module, because they serve
 * different callers and their results must not move: splitSentences reads
 * a whole post for the context model (quotes after the stop, ellipses, list
 * items, a long list of abbreviations); sentenceAround looks only left and
 * right of one match, with a boundary regex its caller picks (a rule's
 * context window, the NLP model's input sentence).
 */
export interface Span {
  start: number;
  end: number;
}

/** Words whose "." does not end a sentence (and any single letter), in lower case. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'dra', 'st', 'jr', 'sr', 'sra', 'srta', 'prof', 'esp', 'approx', 'incl', 'rev', 'hon', 'no', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'dept', 'apt', 'ste', 'ave', 'blvd', 'rd', 'ft', 'mt']);
const LONGEST_ABBREVIATION = 6;

/**
 * Whether the "." at `end - 1` ends an abbreviation that starts at `from` or
 * after a space or "(" at or after it: `/(?:^|[\s(])(?:mr|...|[a-z])\.$/i` on
 * `text.slice(from, end)`, read without the slice and the regex call (146,000
 * stops a bench run).
 */
export function endsAbbreviation(text: string, from: number, end: number): boolean {
  for (let len = 1; len <= LONGEST_ABBREVIATION && end - 1 - len >= from; len++) {
    const at = end - 1 - len;
    if (at > from && !isSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 0x28) continue;
    let word = '';
    for (let i = at; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      word += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
    }
    if (word.length === len && (len === 1 ? word >= 'a' && word <= 'z' : ABBREVIATIONS.has(word))) return true;
  }
  return false;
}

const PAUSE_AFTER = /^\s+\p{Ll}/u;

/**
 * Where a sentence may end, for splitSentences (one regex for every call, `lastIndex` reset each time; made on first use,
 * as a `\p{...}` pattern costs a parse when it is made).
 * An emoji run before a capital ends a sentence too: "outside our residential house 🌿 Thank you to ...".
 * The emoji is matched before the lookbehind that wants text before it: tried the other way round, the lookbehind ran at every character.
 * Sticky: tried only where boundaryStarts says an alternative may open (boundary-starts.ts; a new alternative must open there too).
 */
export const BOUNDARY = lazyRegex(() => /[.!?…]+["')\]]*(?=\s)|\n\s*\n|\r\n\s*\r\n|\n(?=\s*(?:[-*+•]|\d+[.)]|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|[A-Z][A-Z\d /&-]{1,24}:|[A-Z][A-Z\d /&.'-]{1,30}(?:,\s*[A-Z][A-Za-z.-]{1,8})*(?:\s*\([^)\n]{1,60}\))?:|[A-Z][a-z]+(?: [A-Za-z]+){0,3}:)\s)|\n(?=[ \t]*\[)|(?<=\])[ \t]*\n|\p{Extended_Pictographic}(?<=[^\s.!?…]\s*\p{Extended_Pictographic})[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\s]*?(?=\s+\p{Lu})/uy);

/**
 * The sentences of a text; abbreviations such as "Mr." or "Dr." do not end one, a blank line or a list,
 * timeline, script or label line break ("10:30 — ...", "FRAME 2: ...", "VO: ...", "CHRIS DOLAN, LCSW (Therapist): ...",
 * "Fun fact: ...") always does, and so does a script's direction on its own line ("[SHOT 3 — Chris seated]").
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // The matches a global scan finds, tried only where one may start: the scan tried every character (about 1% of a warm run).
  for (const m of stickySpans(BOUNDARY(), text, boundaryStarts(text), (m) => m)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && endsAbbreviation(text, Math.max(start, end - 8), end)) continue;
    // An ellipsis before a lower-case word is a pause, not an end ("one very… social bartender").
    if ((m[0].includes('…') || m[0].includes('...')) && PAUSE_AFTER.test(text.slice(end, end + 3))) continue;
    // A stop inside a parenthesis before a lower-case word is an aside ("Mr. Petrakis (yes, of Petrakis Diner!) got to the ER").
    if (m[0].endsWith(')') && PAUSE_AFTER.test(text.slice(end, end + 3))) continue;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/**
 * A quick sentence end for a window around a match (text/words.ts): ".",
 * "!" or "?" before a space, unless after a one-letter or title
 * abbreviation, or any line break (a line of a post is never read across).
 */
export const LINE_SENTENCE_END = /(?<!\b(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|[Nn]o|Jr|Sr|[Aa]pt|[Ss]te|Ave|Rd|Blvd|vs|etc|[ap]\.m))[.!?]+(?=\s)|\n/g;

/** Any ".", "!", "?" or line break, even inside "Dr." or "4.5": the NLP model's input sentence around a candidate name. */
export const ANY_STOP = /[.!?\n]/g;

/**
 * The sentence around `span` inside [from, to): from the end of the last
 * match of `ends` (a global regex) before the span to the first one after
 * it, which `keepEnd` includes. Each side is searched in its own
 * slice, so lookarounds of `ends` see neither the match nor past the bounds.
 */
export function sentenceAround(text: string, span: Span, ends: RegExp, bounds: { from?: number; to?: number; keepEnd?: boolean } = {}): Span {
  const { from = 0, to = text.length, keepEnd = false } = bounds;
  // A copy of `ends` of this module's own, as matchAll would make (one per call, and a call per rule match): the shared regex's lastIndex is never touched.
  if (!ends.global) throw new TypeError('sentenceAround needs a global regex (as matchAll does)');
  const re = copyOf(ends);
  let start = from;
  const before = text.slice(from, span.start);
  re.lastIndex = ends.lastIndex;
  for (let e; (e = re.exec(before)); ) {
    start = from + e.index + e[0].length;
    if (!e[0]) re.lastIndex = advance(before, re.lastIndex, re.unicode);
  }
  re.lastIndex = ends.lastIndex;
  const cut = re.exec(text.slice(span.end, to));
  return { start, end: cut ? span.end + cut.index + (keepEnd ? cut[0].length : 0) : to };
}

const copies = new WeakMap<RegExp, RegExp>();
const copyOf = (re: RegExp) => {
  let copy = copies.get(re);
  if (!copy) copies.set(re, (copy = new RegExp(re)));
  return copy;
};

/** Past an empty match at `i`, as matchAll steps: one code point in Unicode mode. */
const advance = (text: string, i: number, unicode: boolean) =>
  unicode && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
