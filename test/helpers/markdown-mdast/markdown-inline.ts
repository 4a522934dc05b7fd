import type { Segment, SegmentKind } from '../../../src/model/types.js';
import {
  align, append, endOf, linear, type Mapped, type MdNode, startOf, toSegment,
} from '../../../src/formats/markdown/align.js';
import { htmlSegments } from '../../../src/formats/markdown/html.js';

/** Shared walk state: the source and the segments found besides block text. */
export interface Ctx {
  source: string;
  out: Segment[];
}

/**
 * Concatenates the readable inline content of `nodes` into `acc` (markup
 * dropped, every code unit mapped); URLs, images and HTML go to `ctx.out`.
 */
export function collectInline(ctx: Ctx, nodes: MdNode[], acc: Mapped): void {
  const { source } = ctx;
  for (const n of nodes) {
    const s = startOf(n);
    const e = endOf(n);
    switch (n.type) {
      case 'text':
      case 'inlineCode': {
        const value = n.value ?? '';
        append(acc, { text: value, map: align(source, value, s, e, n.type === 'text') });
        break;
      }
      case 'break': {
        // Map the newline to the line ending the break consumed.
        const raw = source.slice(s, e);
        const at = s + Math.max(0, raw.includes('\n') ? raw.indexOf('\n') : raw.indexOf('\r'));
        append(acc, { text: '\n', map: [at, at + 1] });
        break;
      }
      case 'link':
        link(ctx, n, acc);
        break;
      case 'image':
      case 'imageReference':
        image(ctx, n);
        break;
      case 'html':
        ctx.out.push(...htmlSegments(source, mappedValue(source, n)));
        break;
      case 'footnoteReference':
        break;
      default:
        if (n.children) collectInline(ctx, n.children, acc);
        else if (typeof n.value === 'string') append(acc, mappedValue(source, n, true));
    }
  }
}

export function mappedValue(source: string, n: MdNode, decode = false): Mapped {
  const value = n.value ?? '';
  return { text: value, map: align(source, value, startOf(n), endOf(n), decode) };
}

function link(ctx: Ctx, n: MdNode, acc: Mapped): void {
  const s = startOf(n);
  const kids = n.children ?? [];
  if (ctx.source[s] !== '[') {
    // Autolink (`<…>` or GFM literal): its text is the URL, so it is scanned
    // once, as a URL, from source (n.url may carry an added mailto:/http://).
    const from = kids.length ? startOf(kids[0]) : s;
    const to = kids.length ? endOf(kids[kids.length - 1]) : endOf(n);
    emit(ctx, linear(ctx.source, from, to), 'url');
    return;
  }
  collectInline(ctx, kids, acc);
  destination(ctx, n, kids.length ? endOf(kids[kids.length - 1]) : s + 1, endOf(n));
}

function image(ctx: Ctx, n: MdNode): void {
  const s = startOf(n);
  const alt = n.alt ?? '';
  const altMap = align(ctx.source, alt, s + 2, endOf(n), true);
  emit(ctx, { text: alt, map: altMap }, 'image-alt');
  if (n.type === 'image') destination(ctx, n, altMap[alt.length], endOf(n), 'image-url');
}

/** URL and title of a link, image or definition, searched in source after `from`. */
export function destination(ctx: Ctx, n: MdNode, from: number, to: number, kind: SegmentKind = 'url'): void {
  let after = from;
  if (n.url) {
    const url = locate(ctx.source, n.url, from, to);
    emit(ctx, url, kind);
    after = url.map[url.map.length - 1];
  }
  if (n.title) emit(ctx, locate(ctx.source, n.title, after, to), 'link-text');
}

function locate(source: string, value: string, from: number, to: number): Mapped {
  const q = source.slice(from, to).indexOf(value);
  if (q >= 0) return linear(source, from + q, from + q + value.length);
  return { text: value, map: align(source, value, from, to, true) };
}

function emit(ctx: Ctx, m: Mapped, kind: SegmentKind): void {
  const seg = toSegment(ctx.source, m, kind);
  if (seg) ctx.out.push(seg);
}
