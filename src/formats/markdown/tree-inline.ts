import type { SyntaxNode } from '@lezer/common';
import { linear } from './align.js';
import { htmlSegments } from './html.js';
import { link } from './tree-link.js';
import { emit, raw, type TreeCtx } from './tree-ctx.js';
import { decodeEntity, TextBuilder } from './text.js';

/** `alt` collects an image's alt text: HTML counts as text, breaks do not. */
export type Mode = 'text' | 'alt';

const MARKS = new Set(['EmphasisMark', 'StrikethroughMark', 'QuoteMark', 'TaskMarker', 'LinkMark', 'CodeMark', 'HeaderMark']);

/**
 * Appends the readable inline content of `parent` within [from, to) (parse
 * positions) to `b`, markup dropped; URLs, image alts and HTML go to
 * `ctx.out`, in the order mdast-based parsing produced them.
 */
export function inline(ctx: TreeCtx, parent: SyntaxNode, from: number, to: number, b: TextBuilder, mode: Mode = 'text'): void {
  let pos = from;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.to <= from) continue;
    if (n.from >= to) break;
    if (n.from > pos) b.plain(ctx.at(pos), ctx.at(n.from));
    node(ctx, n, b, mode);
    pos = n.to;
  }
  if (pos < to) b.plain(ctx.at(pos), ctx.at(to));
}

function node(ctx: TreeCtx, n: SyntaxNode, b: TextBuilder, mode: Mode): void {
  const s = ctx.at(n.from);
  const e = ctx.at(n.to);
  // Only container marks continue a line start; anything else is content.
  b.lineStart = n.name === 'QuoteMark' || (b.lineStart && MARKS.has(n.name));
  switch (n.name) {
    case 'QuoteMark':
      return;
    case 'Escape': {
      // An escaped backslash maps to the first one (as the old reader did), any other char to itself.
      const ch = ctx.source[s + 1];
      return b.unit(ch, ch === '\\' ? s : s + 1, e);
    }
    case 'Entity': {
      const decoded = decodeEntity(ctx.source.slice(s, e));
      return decoded === undefined ? b.plain(s, e) : b.unit(decoded, s, e);
    }
    case 'HardBreak': {
      if (mode === 'alt') return;
      const raw = ctx.source.slice(s, e);
      const at = s + Math.max(0, raw.includes('\n') ? raw.indexOf('\n') : raw.indexOf('\r'));
      b.unit('\n', at, at + 1);
      b.lineStart = true;
      return;
    }
    case 'InlineCode':
      return codeSpan(ctx, n, b);
    case 'Link':
    case 'Image':
      return link(ctx, n, b, mode, inline);
    case 'Autolink':
    case 'URL': {
      // Autolinks are scanned once, as URLs (an image alt keeps their text).
      const url = n.name === 'URL' ? n : n.getChild('URL');
      if (!url) return;
      if (mode === 'alt') return b.verbatim(ctx.at(url.from), ctx.at(url.to));
      return emit(ctx, linear(ctx.source, ctx.at(url.from), ctx.at(url.to)), 'url');
    }
    case 'HTMLTag':
    case 'Comment':
    case 'ProcessingInstruction': {
      const html = raw(ctx, n, n.from, n.to);
      if (mode === 'alt') return b.unit(html.text, s, e);
      ctx.out.push(...htmlSegments(ctx.source, html));
      return;
    }
    default:
      if (MARKS.has(n.name)) return;
      if (n.firstChild) return inline(ctx, n, n.from, n.to, b, mode);
      b.plain(s, e);
  }
}

/** Code span value: the text between the backtick runs, one padding blank or line ending stripped each side. */
function codeSpan(ctx: TreeCtx, n: SyntaxNode, b: TextBuilder): void {
  const open = n.firstChild;
  const close = n.lastChild;
  if (!open || !close || open === close) return b.plain(ctx.at(n.from), ctx.at(n.to));
  const inner = new TextBuilder(ctx.source, ctx.at(open.to));
  let pos = open.to;
  for (let c = open.nextSibling; c && c.from < close.from; c = c.nextSibling) {
    if (c.from > pos) codeRun(ctx, inner, pos, c.from);
    pos = c.to;
    // After a `>` one blank belongs to the quote marker.
    const next = ctx.source.charCodeAt(ctx.at(pos));
    if (c.name === 'QuoteMark' && (next === 32 || next === 9)) pos++;
  }
  if (close.from > pos) codeRun(ctx, inner, pos, close.from);
  const m = inner.done();
  const edge = /^(?: |\r\n|\r|\n)/.exec(m.text);
  const tail = /(?: |\r\n|\r|\n)$/.exec(m.text);
  if (edge && tail && /[^ \r\n]/.test(m.text)) {
    m.text = m.text.slice(edge[0].length, m.text.length - tail[0].length);
    m.map = m.map.slice(edge[0].length, m.map.length - tail[0].length);
  }
  if (!m.text) return;
  for (let i = 0; i < m.text.length; i++) b.unit(m.text[i], m.map[i], m.map[i] + 1);
}

function codeRun(ctx: TreeCtx, b: TextBuilder, from: number, to: number): void {
  b.plain(ctx.at(from), ctx.at(to), true);
}
