import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { ParsedSource, ParseProblem, SegmentKind } from '../../../src/model/types.js';
import { align, emptyMapped, endOf, type MdNode, startOf, toSegment } from '../../../src/formats/markdown/align.js';
import { frontmatterSegments } from '../../../src/formats/markdown/frontmatter.js';
import { htmlSegments } from '../../../src/formats/markdown/html.js';
import { collectInline, type Ctx, destination, mappedValue } from './markdown-inline.js';

/** Parser extensions, built once; GFM's (about 70 modules) only after preloadMarkdown() found GFM syntax. */
let WITH_GFM: Options | undefined;
const WITHOUT_GFM: Options = { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] };
/**
 * Every GFM construct starts with one of these: a table "|", a strikethrough
 * "~", a footnote "[^", a task "[ ]" or "[x]", a literal autolink "www.",
 * "http://", "https://" or an e-mail "@" (tagfilter only changes HTML output).
 * A file without any of them parses the same without GFM, three times faster.
 */
const GFM_SYNTAX = /[|~@]|\[\^|\[[\sxX]\]|www\.|https?:\/\//i;

/**
 * Loads the GFM extensions when `source` may use them. The linter awaits this
 * before parsing; a synchronous caller that skips it gets the file parsed
 * without GFM (tables and autolinks read as plain text, still scanned).
 */
export async function preloadMarkdownMdast(source: string): Promise<void> {
  if (WITH_GFM || !GFM_SYNTAX.test(source)) return;
  const [{ gfm }, { gfmFromMarkdown }] = await Promise.all([import('micromark-extension-gfm'), import('mdast-util-gfm')]);
  WITH_GFM = { extensions: [frontmatter(['yaml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] };
}

/**
 * The former Markdown reader (micromark + mdast), kept as the reference the
 * lezer-based reader is compared with (test/sources/markdown-diff.test.ts).
 * Parses Markdown (with YAML front matter and GFM) into scannable segments:
 * one per block of readable text, plus URLs, image alts, HTML text, comments,
 * code and front-matter values, each mapped back to exact source offsets.
 * Never throws: on an internal failure the whole file is scanned as text.
 */
export function parseMarkdownMdast(source: string): ParsedSource {
  try {
    const tree = fromMarkdown(source, (GFM_SYNTAX.test(source) && WITH_GFM) || WITHOUT_GFM) as MdNode;
    const ctx: Ctx = { source, out: [] };
    const problems: ParseProblem[] = [];
    walk(ctx, tree, undefined, problems);
    const segments = ctx.out.sort((a, b) => a.start - b.start);
    return { segments, problems };
  } catch (err) {
    // The parser's own message could quote the post; its error type is enough to report.
    const message = `markdown could not be parsed (${err instanceof Error ? err.name : 'error'}), scanned as plain text`;
    return {
      segments: source.length ? [{ text: source, kind: 'text', start: 0 }] : [],
      problems: [{ message, offset: 0 }],
    };
  }
}

function walk(ctx: Ctx, n: MdNode, parent: string | undefined, problems: ParseProblem[]): void {
  switch (n.type) {
    case 'yaml': {
      const fm = frontmatterSegments(ctx.source, n.value ?? '', frontmatterBase(ctx.source, n));
      ctx.out.push(...fm.segments);
      problems.push(...fm.problems);
      return;
    }
    case 'heading':
      return block(ctx, n, 'heading');
    case 'paragraph':
      return block(ctx, n, parent === 'listItem' ? 'list-item' : 'paragraph');
    case 'tableCell':
      return block(ctx, n, 'table-cell');
    case 'code':
      return code(ctx, n);
    case 'html':
      ctx.out.push(...htmlSegments(ctx.source, mappedValue(ctx.source, n)));
      return;
    case 'definition': {
      // The label is an identifier; the URL starts after `]:`.
      const colon = ctx.source.indexOf(']:', startOf(n));
      destination(ctx, n, colon >= 0 ? colon + 2 : startOf(n), endOf(n));
      return;
    }
    default:
      if (n.children) for (const c of n.children) walk(ctx, c, n.type, problems);
      else if (typeof n.value === 'string') push(ctx, mappedValue(ctx.source, n, true), 'text');
  }
}

/** One segment for a block's inline content; links, images and HTML split off. */
function block(ctx: Ctx, n: MdNode, kind: SegmentKind): void {
  const acc = emptyMapped(startOf(n));
  collectInline(ctx, n.children ?? [], acc);
  push(ctx, acc, kind);
}

function code(ctx: Ctx, n: MdNode): void {
  const value = n.value ?? '';
  let from = startOf(n);
  // Fenced code: the value starts on the line after the fence (and its info string).
  if (/^[ \t]*(```|~~~)/.test(ctx.source.slice(from, from + 8))) {
    const eol = ctx.source.slice(from, endOf(n)).search(/\r\n?|\n/);
    if (eol < 0) return;
    from += eol + (ctx.source.startsWith('\r\n', from + eol) ? 2 : 1);
  }
  push(ctx, { text: value, map: align(ctx.source, value, from, endOf(n), false) }, 'code');
}

/** Source offset of the front-matter text: just after the opening `---` line. */
function frontmatterBase(source: string, n: MdNode): number {
  const s = startOf(n);
  const m = /^---[ \t]*(\r\n|\r|\n)/.exec(source.slice(s, s + 64));
  const base = m ? s + m[0].length : s;
  const value = n.value ?? '';
  if (source.startsWith(value, base)) return base;
  const found = source.indexOf(value, s);
  return found >= 0 ? found : base;
}

function push(ctx: Ctx, m: { text: string; map: number[] }, kind: SegmentKind): void {
  const seg = toSegment(ctx.source, m, kind);
  if (seg) ctx.out.push(seg);
}
