import type { ParsedSource, Segment } from '../model/types.js';

/**
 * A line that separates posts in a plain-text file of several drafts: three
 * or more of -, *, _, = or # alone on a line ("---", "* * *" is not one).
 */
const SEPARATOR = /^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,}|#{3,})[ \t]*\r?$/gm;

/**
 * Plain text: one segment per post (the context model splits it into
 * sentences), posts separated by separator lines, which are left out.
 */
export function parseText(source: string): ParsedSource {
  const segments: Segment[] = [];
  let start = 0;
  const add = (end: number) => {
    if (source.slice(start, end).trim()) segments.push({ text: source.slice(start, end), kind: 'text', start });
  };
  for (const m of source.matchAll(SEPARATOR)) {
    add(m.index!);
    start = m.index! + m[0].length;
  }
  add(source.length);
  return { segments, problems: [] };
}

/**
 * Rows (CSV, TSV: a content calendar exported from a spreadsheet): every
 * line is a post of its own, so context never leaks from one row into the
 * next. Cells are not split: a row's columns read as one text.
 */
export function parseRows(source: string): ParsedSource {
  const segments: Segment[] = [];
  for (const m of source.matchAll(/[^\r\n]+/g)) if (m[0].trim()) segments.push({ text: m[0], kind: 'text', start: m.index! });
  return { segments, problems: [] };
}
