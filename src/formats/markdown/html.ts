import type { Segment, SegmentKind } from '../../model/types.js';
import { type Mapped, slice, toSegment } from './align.js';
import { decodeEntity } from './text.js';

// Comments, CDATA, declarations, processing instructions, then tags (quoted
// attribute values may hold '>'). Unterminated constructs run to the end.
const TOKEN =
  /<!--([\s\S]*?)(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!([^>]*)>?|<\?([\s\S]*?)(?:\?>|$)|<\/?([A-Za-z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>?/g;
const ATTR = /([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/dg;
/** Length of the opener before each body group: `<!--`, `<![CDATA[`, `<!`, `<?`. */
const OPENER: Record<number, number> = { 1: 4, 2: 9, 3: 2, 4: 2 };
const REF = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;

/** Attributes with a kind of their own, per tag; every other attribute value is scanned as 'html'. */
const ATTR_KINDS: Record<string, Record<string, SegmentKind>> = {
  img: { alt: 'image-alt', src: 'image-url' },
  a: { href: 'url' },
};
/** Layout attributes, which carry no words of the post. */
const LAYOUT = new Set(['style', 'class', 'align', 'width', 'height', 'target', 'rel', 'type', 'lang', 'dir', 'loading', 'decoding', 'role', 'tabindex']);

/**
 * Splits raw HTML (a node value plus its source map) into scannable pieces:
 * comment bodies (published HTML comments still reach the page source),
 * CDATA, declarations and processing instructions, attribute values and the
 * visible text runs between tags (these two with character references
 * decoded, as a browser shows them, each decoded unit mapped to its `&`).
 */
export function htmlSegments(source: string, html: Mapped): Segment[] {
  const out: Segment[] = [];
  const push = (a: number, b: number, kind: SegmentKind, decode = false): void => {
    const seg = toSegment(source, decode ? decodeRefs(slice(html, a, b)) : slice(html, a, b), kind);
    if (seg) out.push(seg);
  };
  let textFrom = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html.text); m; m = TOKEN.exec(html.text)) {
    if (m[0] === '') {
      TOKEN.lastIndex++;
      continue;
    }
    push(textFrom, m.index, 'html', true);
    textFrom = m.index + m[0].length;
    const body = [1, 2, 3, 4].find((g) => m[g] !== undefined);
    if (body !== undefined) {
      const from = m.index + OPENER[body];
      push(from, from + m[body].length, body === 1 ? 'comment' : 'html');
    } else if (m[5] !== undefined) attributes(m[5].toLowerCase(), m[0], m.index, push);
  }
  push(textFrom, html.text.length, 'html', true);
  return out;
}

function attributes(tag: string, raw: string, at: number, push: (a: number, b: number, kind: SegmentKind, decode?: boolean) => void): void {
  const kinds = ATTR_KINDS[tag] ?? {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) {
    const name = m[1].toLowerCase();
    if (LAYOUT.has(name)) continue;
    const span = m.indices?.[2] ?? m.indices?.[3] ?? m.indices?.[4];
    if (span) push(at + span[0], at + span[1], kinds[name] ?? 'html', true);
  }
}

/** Character references decoded, each decoded unit mapped to its `&` (as the Markdown text builder does). */
function decodeRefs(m: Mapped): Mapped {
  if (!m.text.includes('&')) return m;
  let text = '';
  const map: number[] = [];
  let last = 0;
  for (const r of m.text.matchAll(REF)) {
    const value = decodeEntity(r[0]);
    if (value === undefined) continue;
    text += m.text.slice(last, r.index);
    map.push(...m.map.slice(last, r.index));
    text += value;
    for (let k = 0; k < value.length; k++) map.push(m.map[r.index!]);
    last = r.index! + r[0].length;
  }
  text += m.text.slice(last);
  map.push(...m.map.slice(last));
  return { text, map };
}
