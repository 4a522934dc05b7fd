/**
 * Splits text into sentence spans. Abbreviations such as "Mr." or "Dr." do
 * not end a sentence; a blank line or a list line break always does.
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|dra|st|jr|sr|sra|srta|prof|rev|hon|no|vs|etc|e\.g|i\.e|a\.m|p\.m|dept|apt|ste|ave|blvd|rd|ft|mt|[a-z])\.$/i;

const PAUSE_AFTER = /^\s+\p{Ll}/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?…]+["')\]]*(?=\s)|\n\s*\n|\r\n\s*\r\n|\n(?=\s*(?:[-*+•]|\d+[.)])\s)/g;
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + m[0].length;
    if (/^[.]$/.test(m[0]) && ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
    // An ellipsis before a lower-case word is a pause, not an end ("one very… social bartender").
    if (/…|\.\.\./.test(m[0]) && PAUSE_AFTER.test(text.slice(end, end + 3))) continue;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
