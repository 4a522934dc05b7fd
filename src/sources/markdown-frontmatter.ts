import { isMap, isScalar, isSeq, parseDocument, Parser } from 'yaml';
import type { ParsedSource, Segment } from '../types.js';
import { align, linear, toSegment } from './markdown-align.js';
import { describeYamlError } from './yaml-problem.js';

/**
 * Segments for YAML front matter whose text (`value`, without the fences)
 * starts at source offset `base`: one per string/number scalar, keyed by its
 * dotted path, plus `#` comments. Broken YAML is reported and scanned raw.
 */
export function frontmatterSegments(source: string, value: string, base: number): ParsedSource {
  const segments: Segment[] = [];
  const doc = parseDocument(value);
  if (doc.errors.length) {
    const err = doc.errors[0];
    const seg = toSegment(source, linear(source, base, base + value.length), 'frontmatter');
    return {
      segments: seg ? [seg] : [],
      problems: [{ message: `malformed front matter: ${describeYamlError(err, value)}`, offset: base + err.pos[0] }],
    };
  }
  visit(doc.contents, [], (node, path) => {
    const [from, to] = node.range ?? [0, 0];
    // Numbers come from source so leading zeros (ZIP codes, MRNs) survive.
    const mapped =
      typeof node.value === 'string'
        ? { text: node.value, map: align(source, node.value, base + from, base + to, false) }
        : linear(source, base + from, base + to);
    const seg = toSegment(source, mapped, 'frontmatter', path.join('.') || undefined);
    if (seg) segments.push(seg);
  });
  for (const c of comments(value)) {
    const body = c.source.replace(/^#\s*/, '');
    const start = base + c.offset + c.source.length - body.length;
    const seg = toSegment(source, linear(source, start, start + body.trimEnd().length), 'comment');
    if (seg) segments.push(seg);
  }
  return { segments, problems: [] };
}

interface ScalarLike {
  value: unknown;
  range?: [number, number, number] | null;
}

function visit(node: unknown, path: string[], emit: (n: ScalarLike, path: string[]) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      visit(pair.value, [...path, key], emit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => visit(item, [...path, String(i)], emit));
  } else if (isScalar(node)) {
    const t = typeof node.value;
    if (t === 'string' || t === 'number' || t === 'bigint') emit(node, path);
  }
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
  for (const token of new Parser().parse(text)) walk(token);
  return found;
}
