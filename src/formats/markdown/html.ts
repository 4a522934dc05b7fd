import type { Segment, SegmentKind } from '../../model/types.js';
import { type Mapped, slice, toSegment } from './align.js';

// Comments, declarations, processing instructions, then tags (quoted
// attribute values may hold '>'). Unterminated constructs run to the end.
const TOKEN =
  /<!--([\s\S]*?)(?:-->|$)|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)|<\/?([A-Za-z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>?/g;
const ATTR = /([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/dg;

/** Attributes whose values are worth scanning, per tag. */
const ATTR_KINDS: Record<string, Record<string, SegmentKind>> = {
  img: { alt: 'image-alt', src: 'image-url' },
  a: { href: 'url' },
};

/**
 * Splits raw HTML (a node value plus its source map) into scannable pieces:
 * comment bodies, selected attribute values and the visible text runs
 * between tags. Entities are left undecoded so offsets stay exact.
 */
export function htmlSegments(source: string, html: Mapped): Segment[] {
  const out: Segment[] = [];
  const push = (a: number, b: number, kind: SegmentKind): void => {
    const seg = toSegment(source, slice(html, a, b), kind);
    if (seg) out.push(seg);
  };
  let textFrom = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html.text); m; m = TOKEN.exec(html.text)) {
    if (m[0] === '') {
      TOKEN.lastIndex++;
      continue;
    }
    push(textFrom, m.index, 'html');
    textFrom = m.index + m[0].length;
    if (m[1] !== undefined) push(m.index + 4, m.index + 4 + m[1].length, 'comment');
    else if (m[2] !== undefined) attributes(m[2].toLowerCase(), m[0], m.index, push);
  }
  push(textFrom, html.text.length, 'html');
  return out;
}

function attributes(
  tag: string,
  raw: string,
  at: number,
  push: (a: number, b: number, kind: SegmentKind) => void,
): void {
  const kinds = ATTR_KINDS[tag];
  if (!kinds) return;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) {
    const kind = kinds[m[1].toLowerCase()];
    const span = m.indices?.[2] ?? m.indices?.[3] ?? m.indices?.[4];
    if (kind && span) push(at + span[0], at + span[1], kind);
  }
}
