import type { Segment, SegmentKind } from '../../model/types.js';

/** The few mdast fields we read; kept loose so odd trees never break the walk. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export const startOf = (n: MdNode): number => n.position?.start.offset ?? 0;
export const endOf = (n: MdNode): number => n.position?.end.offset ?? startOf(n);

/** Text plus the source offset of every code unit (length text.length + 1). */
export interface Mapped {
  text: string;
  map: number[];
}

const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;
// Markup skipped between two value chars (`**`, `> `, indentation) is short.
const MAX_SKIP = 512;

/**
 * Maps each code unit of a parser `value` to the source range [from, to) it
 * came from. Values are mostly verbatim; when they are not we resync:
 * decoded entities map to their `&`, and escapes (`\*`), dropped markup and
 * stripped prefixes (`> `, indentation) are skipped by scanning forward for
 * the char; a char not found maps to the current position.
 */
export function align(source: string, value: string, from: number, to: number, decode: boolean): number[] {
  const map: number[] = new Array<number>(value.length + 1);
  let p = from;
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (decode && source[p] === '&') {
      ENTITY.lastIndex = p;
      const m = ENTITY.exec(source);
      // Only a decoded entity is absent from the value; a literal one is copied.
      if (m && !value.startsWith(m[0], i)) {
        const units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        for (let k = 0; k < units && i < value.length; k++) map[i++] = p;
        p += m[0].length;
        continue;
      }
    }
    if (source[p] === c || (isBlank(c) && isBlank(source[p]) && p < to)) {
      map[i++] = p++;
      continue;
    }
    const q = scan(source, c, p, Math.min(to, p + MAX_SKIP));
    if (q >= 0) p = q;
    map[i++] = Math.min(p, Math.max(to - 1, from));
    if (q >= 0) p++;
  }
  const last = value.length ? map[value.length - 1] + 1 : from;
  map[value.length] = Math.min(Math.max(p, last), source.length);
  return map;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

function scan(source: string, c: string, from: number, to: number): number {
  for (let q = from; q < to; q++) if (source[q] === c) return q;
  return -1;
}

/** A verbatim source slice as text + map. */
export function linear(source: string, start: number, end: number): Mapped {
  const map: number[] = [];
  for (let o = start; o <= end; o++) map.push(o);
  return { text: source.slice(start, end), map };
}

/** Appends `part` to `acc` in place (the end entry of `acc` is replaced). */
export function append(acc: Mapped, part: Mapped): void {
  if (!part.text) return;
  acc.map.pop();
  acc.text += part.text;
  for (const o of part.map) acc.map.push(o);
}

export const emptyMapped = (at: number): Mapped => ({ text: '', map: [at] });

/** Builds a segment; linear when the text is a verbatim slice. Blank text yields none. */
export function toSegment(
  source: string,
  m: Mapped,
  kind: SegmentKind,
  key?: string,
): Segment | undefined {
  if (!m.text.trim()) return undefined;
  const start = m.map[0];
  const seg: Segment = { text: m.text, kind, start };
  const contiguous = m.map.every((o, i) => o === start + i);
  if (!contiguous || !source.startsWith(m.text, start)) seg.map = m.map.slice();
  if (key !== undefined) seg.key = key;
  return seg;
}

/** Sub-range [a, b) of a mapped text, trimmed of surrounding whitespace. */
export function slice(m: Mapped, a: number, b: number): Mapped {
  while (a < b && /\s/.test(m.text[a])) a++;
  while (b > a && /\s/.test(m.text[b - 1])) b--;
  if (a >= b) return emptyMapped(m.map[a] ?? 0);
  const map = m.map.slice(a, b);
  map.push(map[map.length - 1] + 1);
  return { text: m.text.slice(a, b), map };
}
