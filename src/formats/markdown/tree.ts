import type { SyntaxNode } from '@lezer/common';
import type { ParsedSource, ParseProblem, SegmentKind } from '../../model/types.js';
import { frontmatterSegments } from './frontmatter.js';
import { htmlSegments } from './html.js';
import { parseTree } from './parse.js';
import { emit, raw, type TreeCtx } from './tree-ctx.js';
import { inline } from './tree-inline.js';
import { destination } from './tree-link.js';
import { TextBuilder } from './text.js';

const HTML_BLOCKS = new Set(['HTMLBlock', 'CommentBlock', 'ProcessingInstructionBlock']);

/**
 * Segments of a Markdown file read with @lezer/markdown: one per block of
 * readable text, plus URLs, image alts, HTML text, comments, code and
 * front-matter values, each mapped back to exact source offsets.
 */
export function treeSegments(source: string, gfm: boolean): ParsedSource {
  const { tree, at, frontmatter } = parseTree(source, gfm);
  const ctx: TreeCtx = { source, tree, at, out: [] };
  const problems: ParseProblem[] = [];
  if (frontmatter) {
    const fm = frontmatterSegments(source, frontmatter.value, frontmatter.base);
    ctx.out.push(...fm.segments);
    problems.push(...fm.problems);
  }
  for (let n = tree.topNode.firstChild; n; n = n.nextSibling) walk(ctx, n, 'Document');
  return { segments: ctx.out.sort((a, b) => a.start - b.start), problems };
}

function walk(ctx: TreeCtx, n: SyntaxNode, parent: string): void {
  const name = n.name;
  if (name === 'Paragraph') return block(ctx, n, n.from, n.to, parent === 'ListItem' ? 'list-item' : 'paragraph');
  if (name === 'Task') {
    const marker = n.getChild('TaskMarker');
    return block(ctx, n, marker ? marker.to : n.from, n.to, 'list-item');
  }
  if (name === 'TableCell') return block(ctx, n, n.from, n.to, 'table-cell');
  if (name.startsWith('ATXHeading')) {
    const marks = n.getChildren('HeaderMark');
    const to = marks.length > 1 ? marks[marks.length - 1].from : n.to;
    return block(ctx, n, marks.length ? marks[0].to : n.from, to, 'heading');
  }
  if (name.startsWith('SetextHeading')) return block(ctx, n, n.from, n.lastChild?.from ?? n.to, 'heading');
  if (name === 'FencedCode' || name === 'CodeBlock') return code(ctx, n);
  if (HTML_BLOCKS.has(name)) {
    ctx.out.push(...htmlSegments(ctx.source, raw(ctx, n, n.from, n.to, true)));
    return;
  }
  if (name === 'LinkReference') return destination(ctx, n, 'url');
  for (let c = n.firstChild; c; c = c.nextSibling) walk(ctx, c, name);
}

/** One segment for a block's inline content; links, images and HTML split off. */
function block(ctx: TreeCtx, n: SyntaxNode, from: number, to: number, kind: SegmentKind): void {
  const s = ctx.source;
  // Blanks around the content are not text (heading markers, trailing spaces).
  while (from < to && /[ \t\n\r]/.test(s[ctx.at(from)])) from++;
  while (to > from && /[ \t\n\r]/.test(s[ctx.at(to - 1)])) to--;
  const b = new TextBuilder(s, ctx.at(from));
  inline(ctx, n, from, to, b);
  emit(ctx, b.done(), kind);
}

/** Code block value: its CodeText runs (container prefixes and fences excluded). */
function code(ctx: TreeCtx, n: SyntaxNode): void {
  const texts = n.getChildren('CodeText');
  if (!texts.length) return;
  const b = new TextBuilder(ctx.source, ctx.at(texts[0].from));
  for (const t of texts) b.verbatim(ctx.at(t.from), ctx.at(t.to));
  const m = b.done();
  // A fence left open runs to the end of the file; its last line ending is not code.
  const eol = n.name === 'FencedCode' && n.getChildren('CodeMark').length < 2 ? /(\r\n|\r|\n)$/.exec(m.text) : null;
  if (eol) {
    m.text = m.text.slice(0, -eol[0].length);
    m.map = m.map.slice(0, m.map.length - eol[0].length);
  }
  emit(ctx, m, 'code');
}
