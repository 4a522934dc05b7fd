import { formatOf, type Format } from '../formats/index.js';
import type { Span } from '../model/types.js';

/**
 * Where a fix may reach: the piece of the file a finding sits in, so a
 * rewrite never crosses into JSON syntax, a front-matter key or the next
 * paragraph. `escaped`: the text is a JSON string's inside, so the
 * replacement must be escaped and `\n` reads as a line break.
 */
export interface Container extends Span {
  escaped: boolean;
  /** A whole JSON or front-matter value: removing an identifier leaves it empty, never its label (the key). */
  wholeValue: boolean;
  /** The quote around a front-matter value, whose rules the replacement must follow. */
  quote?: string;
}

/** A file's containers, found once; `at(offset)` gives the one holding a finding, if any may be edited. */
export interface Containers {
  format: Format;
  at(offset: number, endOffset: number): Container | undefined;
}

const JSON_STRING = /"(?:[^"\\\n]|\\.)*"/g;
/** Lines outside every block (blank, a separator of posts, a code fence), and lines that start one (a heading, a list item). */
const BREAK = /^\s*$|^\s*([-*_=#])\1{2,}\s*$|^\s*```/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const OWN_START = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s|^\s{0,3}#{1,6}\s/;
const LINE_MARKER = /^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|#{1,6}\s+)?/;

export function containersOf(source: string, filePath: string): Containers {
  const format = formatOf(filePath);
  if (format === 'json') return jsonContainers(source);
  const front = format === 'markdown' ? frontMatterEnd(source) : 0;
  return {
    format,
    at: (offset, endOffset) => (offset < front ? frontMatterValue(source, offset, endOffset) : block(source, offset, endOffset, front)),
  };
}

/** JSON: the inside of the string literal holding the finding; keys and numbers are never edited (the structure must stay). */
function jsonContainers(source: string): Containers {
  const strings: Span[] = [];
  for (const m of source.matchAll(JSON_STRING)) {
    const after = source.slice(m.index + m[0].length).match(/^\s*(.)/)?.[1];
    if (after !== ':') strings.push({ offset: m.index + 1, endOffset: m.index + m[0].length - 1 });
  }
  return {
    format: 'json',
    at: (offset, endOffset) => {
      const s = strings.find((x) => x.offset <= offset && endOffset <= x.endOffset);
      return s && { ...s, escaped: true, wholeValue: true };
    },
  };
}

function frontMatterEnd(source: string): number {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(source.slice(open[0].length));
  return close ? open[0].length + close.index : 0;
}

/** A front-matter line: only the value after `key:` (quotes kept), so the YAML stays valid. */
function frontMatterValue(source: string, offset: number, endOffset: number): Container | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = lineEnd(source, offset);
  const head = /^\s*(?:-\s+)?(?:[\w.-]+\s*:\s*)?(["']?)/.exec(source.slice(start, end))!;
  const value = { offset: start + head[0].length, endOffset: head[1] && source[end - 1] === head[1] ? end - 1 : end };
  if (offset < value.offset || endOffset > value.endOffset) return undefined;
  return { ...value, escaped: false, wholeValue: true, ...(head[1] ? { quote: head[1] } : {}) };
}

const lineEnd = (source: string, from: number) => {
  const n = source.indexOf('\n', from);
  const end = n < 0 ? source.length : n;
  return source[end - 1] === '\r' ? end - 1 : end;
};

/** Text and Markdown: the block of lines around the finding (a paragraph, list item or heading), without its marker. */
function block(source: string, offset: number, endOffset: number, floor: number): Container | undefined {
  const lineStart = (i: number) => source.lastIndexOf('\n', i - 1) + 1;
  const line = (from: number) => source.slice(from, lineEnd(source, from));
  let start = lineStart(offset);
  const heading = HEADING.test(line(start));
  while (!heading && start > floor && !OWN_START.test(line(start))) {
    const prev = lineStart(start - 1);
    if (prev < floor || BREAK.test(line(prev)) || HEADING.test(line(prev))) break;
    start = prev;
  }
  let end = lineEnd(source, endOffset);
  while (!heading) {
    const next = source.indexOf('\n', end) + 1;
    if (next === 0 || next >= source.length || BREAK.test(line(next)) || OWN_START.test(line(next))) break;
    end = lineEnd(source, next);
  }
  start += LINE_MARKER.exec(source.slice(start, end))![0].length;
  if (offset < start) return undefined;
  return { offset: start, endOffset: end, escaped: false, wholeValue: false };
}
