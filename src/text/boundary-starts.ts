/**
 * Where a sentence boundary (sentences.ts BOUNDARY) may start: every
 * alternative opens with ".", "!", "?", "…", a line break, the space or tab
 * right after "]", or an emoji (`\p{Extended_Pictographic}`, no code below
 * U+00A9). The boundary regex is then tried only there, sticky
 * (leading-boundary.ts stickySpans), rather than by a global scan that tried
 * its eight alternatives, lookbehinds and `\p` classes at every character.
 * The places are found by a regex of one character class, without the `u`
 * flag (each half of a surrogate pair is a code unit above U+00A9): over the
 * bench corpus's paragraphs splitSentences took 0.68 of the global scan's
 * time so, 0.78 with a loop over char codes finding them.
 */
const OPENERS = /[.!?\n\r\u00a9-\uffff]|\](?=[ \t])/g;
const CLOSE_BRACKET = 0x5d;

/** Sorted positions at which a boundary may start in `text` (a superset of where one does). */
export function boundaryStarts(text: string): number[] {
  const out: number[] = [];
  OPENERS.lastIndex = 0;
  // `test`, not `exec`: every match is one code unit, so lastIndex says where it was, and no match array is made.
  while (OPENERS.test(text)) {
    const at = OPENERS.lastIndex - 1;
    // "(?<=\])[ \t]*\n" starts right after the bracket.
    out.push(text.charCodeAt(at) === CLOSE_BRACKET ? at + 1 : at);
  }
  return out;
}
