import { getNodePath, parseTree, type Node } from 'jsonc-parser';
import { escapePointerToken } from '../formats/json/parse.js';
import { decodeJsonString } from '../formats/json/string.js';
import { formatOf, sourceEnd, sourceOffset } from '../formats/index.js';
import type { LineIndex } from '../text/positions.js';
import type { Segment } from '../model/types.js';
import { DIRECTIVE_PREFIX, parseDirectiveText, type Directive } from './directive-syntax.js';

/** The JSON field that exempts the values of the object holding it. */
export const JSON_DIRECTIVE_KEY = 'phi-lint-disable';

export interface FoundDirectives {
  directives: Directive[];
  /**
   * The segments with directive text taken out (a directive's words are not
   * content), plus each directive's reason as a segment of its own: a reason
   * is published with the post, so it is scanned, but as its own post
   * (kind 'text'), so "not a patient" in it is no context for the post.
   */
  segments: Segment[];
}

/**
 * The reason of a directive whose body (its text after the comment marker)
 * is `body`, as a segment; `at(i)` is the source offset of body[i].
 */
function reasonSegment(body: string, reason: string | undefined, at: (i: number) => number, pointer?: string): Segment[] {
  if (!reason) return [];
  const from = body.trimEnd().length - reason.length;
  const map = Array.from({ length: reason.length + 1 }, (_, i) => at(from + i));
  const linear = map.every((o, i) => o === map[0] + i);
  return [{ text: reason, kind: 'text', start: map[0], ...(linear ? {} : { map }), ...(pointer !== undefined ? { pointer } : {}) }];
}

/**
 * Directives by format: `#` or `//` comment lines in text, HTML comments
 * (and front-matter `#` comments) in Markdown, a "phi-lint-disable" field
 * in JSON objects.
 */
export function findDirectives(source: string, filePath: string, segments: Segment[], lines: LineIndex): FoundDirectives {
  if (!source.includes(DIRECTIVE_PREFIX)) return { directives: [], segments };
  switch (formatOf(filePath)) {
    case 'markdown':
      return fromComments(source, segments, lines);
    case 'json':
      return fromJson(source, segments);
    default:
      return fromTextLines(source, segments, lines);
  }
}

function withSpan(body: string, offset: number, endOffset: number, lines: LineIndex): Directive[] {
  const parsed = parseDirectiveText(body);
  if (!parsed) return [];
  const line = parsed.kind === 'disable-next-line' ? lines.position(endOffset).line + 1 : undefined;
  return [{ ...parsed, offset, endOffset, ...(line ? { line } : {}) }];
}

function fromComments(source: string, segments: Segment[], lines: LineIndex): FoundDirectives {
  const directives: Directive[] = [];
  const reasons: Segment[] = [];
  const kept = segments.filter((seg) => {
    if (seg.kind !== 'comment') return true;
    const end = sourceEnd(source, seg, seg.text.length);
    // The comment ends at its `-->`, which may sit on a later line than the text.
    const close = /^\s*-->/.exec(source.slice(end, end + 200))?.[0].length ?? 0;
    const found = withSpan(seg.text, sourceOffset(seg, 0), end + close, lines);
    directives.push(...found);
    for (const d of found) reasons.push(...reasonSegment(seg.text, d.reason, (i) => sourceOffset(seg, i)));
    return !found.length;
  });
  return { directives, segments: [...kept, ...reasons] };
}

const COMMENT_LINE = /^[ \t]*(?:#|\/\/)[ \t]*(phi-lint-.*)$/;

function fromTextLines(source: string, segments: Segment[], lines: LineIndex): FoundDirectives {
  const directives: Directive[] = [];
  const reasons: Segment[] = [];
  for (let n = 1; n <= lines.lineCount; n++) {
    const start = lines.lineStart(n);
    const end = n < lines.lineCount ? lines.lineStart(n + 1) : source.length;
    const text = source.slice(start, end).replace(/[\r\n]+$/, '');
    const m = COMMENT_LINE.exec(text);
    if (!m) continue;
    const found = withSpan(m[1], start + text.length - text.trimStart().length, start + text.length, lines);
    directives.push(...found);
    const bodyAt = start + m.index + m[0].length - m[1].length;
    for (const d of found) reasons.push(...reasonSegment(m[1], d.reason, (i) => bodyAt + i));
  }
  return { directives, segments: [...blank(segments, directives), ...reasons] };
}

/** Replaces directive text with spaces in linear segments; offsets stay put. */
function blank(segments: Segment[], directives: Directive[]): Segment[] {
  if (!directives.length) return segments;
  return segments.map((seg) => {
    if (seg.map) return seg;
    let text = seg.text;
    for (const d of directives) {
      const a = Math.max(d.offset - seg.start, 0);
      const b = Math.min(d.endOffset - seg.start, text.length);
      if (a < b) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
    }
    return { ...seg, text };
  });
}

function pointerOf(node: Node): string {
  return getNodePath(node).map((p) => `/${escapePointerToken(String(p))}`).join('');
}

function fromJson(source: string, segments: Segment[]): FoundDirectives {
  const root = parseTree(source, [], { allowTrailingComma: true, disallowComments: false });
  const directives: Directive[] = [];
  const reasons: Segment[] = [];
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    if (node.type === 'property' && node.children?.[0].value === JSON_DIRECTIVE_KEY && node.parent?.type === 'object') {
      const pointer = pointerOf(node.parent);
      directives.push(jsonDirective(node, pointer));
      const reason = node.children?.[1]?.children?.find((p) => p.children?.[0]?.value === 'reason')?.children?.[1];
      if (reason?.type === 'string') {
        const { text, map } = decodeJsonString(source, reason.offset + 1, reason.offset + reason.length - 1);
        const seg: Segment = { text, kind: 'text', start: reason.offset + 1, pointer: `${pointer}/${JSON_DIRECTIVE_KEY}/reason` };
        if (text.trim()) reasons.push(map ? { ...seg, map } : seg);
      }
    }
    node.children?.forEach(visit);
  };
  visit(root);
  const inside = (p: string | undefined) => directives.some((d) => p !== undefined && (p + '/').startsWith(`${d.pointer}/${JSON_DIRECTIVE_KEY}/`));
  return { directives, segments: [...segments.filter((s) => !inside(s.pointer)), ...reasons] };
}

/** `"phi-lint-disable": {"rules": [...], "reason": "..."}` (rules optional: every rule). */
function jsonDirective(prop: Node, pointer: string): Directive {
  const base = { kind: 'disable-object' as const, pointer, rules: [] as string[], offset: prop.offset, endOffset: prop.offset + prop.length };
  const value = prop.children?.[1];
  if (value?.type !== 'object') return { ...base, problem: `"${JSON_DIRECTIVE_KEY}" must be an object: {"rules": [...], "reason": "..."}` };
  const out: Directive = { ...base };
  for (const p of value.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k?.value === 'reason' && v?.type === 'string') out.reason = String(v.value).trim() || undefined;
    else if (k?.value === 'rules' && v?.type === 'array' && v.children?.every((c) => c.type === 'string')) out.rules = v.children.map((c) => String(c.value));
    else if (k?.value === 'rules' && v?.type === 'string') out.rules = [String(v.value)];
    // The key is not quoted: a misplaced key can be a patient's name.
    else out.problem = `"${JSON_DIRECTIVE_KEY}" takes only "rules" (a list of rule ids) and "reason" (a string); found another key`;
  }
  if (out.reason === undefined) delete out.reason;
  return out;
}
