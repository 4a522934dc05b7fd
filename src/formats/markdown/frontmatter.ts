import { yaml } from '../../lib/lazy-modules.js';
import type { ParsedSource, Segment } from '../../model/types.js';
import { keySegment } from '../keys.js';
import { align, linear, type Mapped, toSegment } from './align.js';
import { describeYamlError } from './yaml-problem.js';

/**
 * Segments for YAML front matter whose text (`value`, without the fences)
 * starts at source offset `base`: one per string/number scalar, keyed by its
 * dotted path, plus `#` comments. Broken YAML is reported and scanned raw.
 */
export function frontmatterSegments(source: string, value: string, base: number): ParsedSource {
  const simple = simpleFrontmatter(source, value, base);
  if (simple) return { segments: simple, problems: [] };
  const segments: Segment[] = [];
  const doc = yaml().parseDocument(value);
  if (doc.errors.length) {
    const err = doc.errors[0];
    const seg = toSegment(source, linear(source, base, base + value.length), 'frontmatter');
    return {
      segments: seg ? [seg] : [],
      problems: [{ message: `malformed front matter: ${describeYamlError(err, value)}`, offset: base + err.pos[0] }],
    };
  }
  // Numbers come from source so leading zeros (ZIP codes, MRNs) survive.
  const mappedOf = (node: ScalarLike): Mapped => {
    const [from, to] = node.range ?? [0, 0];
    return typeof node.value === 'string' ? { text: node.value, map: align(source, node.value, base + from, base + to, false) } : linear(source, base + from, base + to);
  };
  visit(
    doc.contents,
    [],
    (node, path) => {
      const seg = toSegment(source, mappedOf(node), 'frontmatter', path.join('.') || undefined);
      if (seg) segments.push(seg);
    },
    (key, value, path) => {
      const seg = keySegment(mappedOf(key), value && mappedOf(value), KEY_PLACE);
      if (seg) segments.push({ ...seg, key: path.join('.') });
    },
  );
  for (const c of value.includes('#') ? comments(value) : []) {
    const body = c.source.replace(/^#\s*/, '');
    const start = base + c.offset + c.source.length - body.length;
    const seg = toSegment(source, linear(source, start, start + body.trimEnd().length), 'comment');
    if (seg) segments.push(seg);
  }
  return { segments, problems: [] };
}

/**
 * `key: plain words` on every line (blank lines allowed), the usual front
 * matter, read without the YAML parser. The value is a plain string scalar:
 * it starts with a letter and holds no character YAML would read as syntax
 * (":", "#", quotes at the start, flow brackets, anchors, tags), and it is not
 * a YAML keyword (true, null, ...). Anything else goes to the parser.
 */
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):( +)([A-Za-z][A-Za-z0-9 ,.'()/-]*?) *$/;
const KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

function simpleFrontmatter(source: string, value: string, base: number): Segment[] | undefined {
  if (value.length > 4096) return undefined;
  const segments: Segment[] = [];
  const keys = new Set<string>();
  let at = 0;
  for (const line of value.split('\n')) {
    const offset = at;
    at += line.length + 1;
    if (!line) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || keys.has(m[1]) || KEYWORD.test(m[3])) return undefined;
    keys.add(m[1]);
    const from = base + offset + m[1].length + 1 + m[2].length;
    const value = { text: m[3], map: align(source, m[3], from, from + m[3].length, false) };
    const seg = toSegment(source, value, 'frontmatter', m[1]);
    if (seg) segments.push(seg);
    const key = keySegment(linear(source, base + offset, base + offset + m[1].length), value, KEY_PLACE);
    if (key) segments.push(key);
  }
  return segments;
}

/** Front-matter keys are scanned as property names are in JSON (formats/keys.ts), as 'json-key' segments. */
const KEY_PLACE = { kind: 'json-key' } as const;

interface ScalarLike {
  value: unknown;
  range?: [number, number, number] | null;
}

type EmitKey = (key: ScalarLike, value: ScalarLike | undefined, path: string[]) => void;

function visit(node: unknown, path: string[], emit: (n: ScalarLike, path: string[]) => void, emitKey: EmitKey): void {
  if (yaml().isMap(node)) {
    for (const pair of node.items) {
      const key = yaml().isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      visit(pair.value, [...path, key], emit, emitKey);
      if (yaml().isScalar(pair.key) && pair.key.range) emitKey(pair.key, scalar(pair.value), [...path, key]);
    }
  } else if (yaml().isSeq(node)) {
    node.items.forEach((item, i) => visit(item, [...path, String(i)], emit, emitKey));
  } else {
    const s = scalar(node);
    if (s) emit(s, path);
  }
}

/** A string or number scalar, the values worth scanning. */
function scalar(node: unknown): ScalarLike | undefined {
  if (!yaml().isScalar(node)) return undefined;
  const t = typeof node.value;
  return t === 'string' || t === 'number' || t === 'bigint' ? node : undefined;
}

/** The yaml library drops comment positions from the document; the CST keeps them. */
function comments(text: string): { offset: number; source: string }[] {
  const found: { offset: number; source: string }[] = [];
  const walk = (t: unknown): void => {
    if (Array.isArray(t)) t.forEach(walk);
    else if (t && typeof t === 'object') {
      const tok = t as { type?: unknown; offset?: unknown; source?: unknown };
      if (tok.type === 'comment' && typeof tok.offset === 'number' && typeof tok.source === 'string') {
        found.push({ offset: tok.offset, source: tok.source });
      }
      for (const v of Object.values(t)) if (v && typeof v === 'object') walk(v);
    }
  };
  for (const token of new (yaml().Parser)().parse(text)) walk(token);
  return found;
}
