import type { Tree } from '@lezer/common';
import { GFM, type MarkdownParser, parser } from '@lezer/markdown';
import { SkipPlain, SkipPlainGfm } from './skip.js';

const COMMONMARK = parser.configure(SkipPlain);
let WITH_GFM: MarkdownParser | undefined;

/** Builds the GFM parser (tables, strikethrough, task lists, literal autolinks). */
export function loadGfm(): void {
  WITH_GFM ??= parser.configure([GFM, SkipPlainGfm]);
}

/** A lezer tree plus the way back from its positions to the original file. */
export interface MarkdownTree {
  tree: Tree;
  /** Parse position -> source offset (identity unless the file has CRs). */
  at: (p: number) => number;
  /** YAML front matter: its text and the source offset it starts at. */
  frontmatter?: { value: string; base: number };
}

// Front matter as micromark-extension-frontmatter reads it: `---` on the
// first line, up to the first later line that is `---` (trailing blanks allowed).
const OPEN = /^---[ \t]*\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * Parses Markdown with @lezer/markdown. Lezer only knows "\n" line endings,
 * so CRLF and lone CR are read as "\n" and positions mapped back; front
 * matter is blanked out (spaces, same length) so the rest parses as it
 * would after it.
 */
export function parseTree(source: string, gfm: boolean): MarkdownTree {
  const cr = source.includes('\r');
  let text = cr ? source.replace(/\r\n?/g, '\n') : source;
  const at = cr ? crMap(source, text.length) : (p: number): number => p;
  let frontmatter: MarkdownTree['frontmatter'];
  const open = OPEN.exec(text);
  const close = open ? CLOSE.exec(text.slice(open[0].length)) : null;
  if (open && close) {
    const from = open[0].length;
    const valueEnd = close.index === 0 ? from : from + close.index - 1;
    frontmatter = { value: source.slice(at(from), at(valueEnd)), base: at(from) };
    const end = from + close.index + close[0].length;
    text = text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
  }
  const tree = ((gfm && WITH_GFM) || COMMONMARK).parse(text);
  return { tree, at, frontmatter };
}

/** Offsets into `source` for each position of its "\n"-only copy. */
function crMap(source: string, length: number): (p: number) => number {
  const map = new Int32Array(length + 1);
  let s = 0;
  for (let p = 0; p < length; p++) {
    map[p] = s;
    s += source.charCodeAt(s) === 13 && source.charCodeAt(s + 1) === 10 ? 2 : 1;
  }
  map[length] = s;
  return (p) => map[p];
}
