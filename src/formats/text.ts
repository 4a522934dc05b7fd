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
