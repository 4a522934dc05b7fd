import type { SyntaxNode } from '@lezer/common';
import type { SegmentKind } from '../../model/types.js';
import { decoded, emit, isDefined, type TreeCtx } from './tree-ctx.js';
import { TextBuilder } from './text.js';

type Mode = 'text' | 'alt';
/** Reads inline content (tree-inline.ts's inline), passed in because link text holds inlines that hold links. */
type InlineReader = (ctx: TreeCtx, parent: SyntaxNode, from: number, to: number, b: TextBuilder, mode?: Mode) => void;

/**
 * A link or image. Link text stays in the block text; an image's alt text
 * becomes its own segment. Lezer reads `[x]` and `[x][y]` as links whether
 * or not `y` is defined; CommonMark (and mdast) keep an undefined reference
 * as literal text, so that is what we do.
 */
export function link(ctx: TreeCtx, n: SyntaxNode, b: TextBuilder, mode: Mode, inline: InlineReader): void {
  const marks = n.getChildren('LinkMark');
  const open = marks[0];
  const close = marks.find((m) => ctx.source[ctx.at(m.from)] === ']');
  if (!open || !close) return inline(ctx, n, n.from, n.to, b, mode);
  const label = n.getChild('LinkLabel');
  const paren = marks.find((m) => ctx.source[ctx.at(m.from)] === '(');
  if (!paren) {
    const name = label && label.to - label.from > 2 ? label : undefined;
    const text = ctx.source.slice(ctx.at(name ? name.from + 1 : open.to), ctx.at(name ? name.to - 1 : close.from));
    if (!isDefined(ctx, text)) {
      // Not a link: brackets and label are text; the content is read as usual.
      b.plain(ctx.at(open.from), ctx.at(open.to));
      inline(ctx, n, open.to, close.from, b, mode);
      return b.plain(ctx.at(close.from), ctx.at(n.to));
    }
  }
  const isImage = n.name === 'Image';
  if (!isImage || mode === 'alt') {
    inline(ctx, n, open.to, close.from, b, mode);
    if (mode === 'alt') return;
  } else {
    const alt = new TextBuilder(ctx.source, ctx.at(open.to));
    inline(ctx, n, open.to, close.from, alt, 'alt');
    emit(ctx, alt.done(), 'image-alt');
  }
  if (paren) destination(ctx, n, isImage ? 'image-url' : 'url');
}

/** URL and title of a link, image or definition. */
export function destination(ctx: TreeCtx, n: SyntaxNode, kind: SegmentKind): void {
  const url = n.getChild('URL');
  if (url) {
    const angle = ctx.source[ctx.at(url.from)] === '<';
    emit(ctx, decoded(ctx, url.from + (angle ? 1 : 0), url.to - (angle ? 1 : 0)), kind);
  }
  const title = n.getChild('LinkTitle');
  if (title) emit(ctx, decoded(ctx, title.from + 1, title.to - 1), 'link-text');
}
