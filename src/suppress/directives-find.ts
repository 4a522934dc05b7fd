import { getNodePath, parseTree, type Node } from 'jsonc-parser';
import { escapePointerToken } from '../formats/json/parse.js';
import { formatOf, sourceEnd, sourceOffset } from '../formats/index.js';
import type { LineIndex } from '../text/positions.js';
import type { Segment } from '../model/types.js';
import { DIRECTIVE_PREFIX, parseDirectiveText, type Directive } from './directive-syntax.js';

/** The JSON field that exempts the values of the object holding it. */
export const JSON_DIRECTIVE_KEY = 'phi-lint-disable';

export interface FoundDirectives {
  directives: Directive[];
  /** The segments with directive text taken out: a directive's words are not content. */
  segments: Segment[];
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
  const kept = segments.filter((seg) => {
    if (seg.kind !== 'comment') return true;
    const end = sourceEnd(source, seg, seg.text.length);
    // The comment ends at its `-->`, which may sit on a later line than the text.
    const close = /^\s*-->/.exec(source.slice(end, end + 200))?.[0].length ?? 0;
    const found = withSpan(seg.text, sourceOffset(seg, 0), end + close, lines);
    directives.push(...found);
    return !found.length;
  });
  return { directives, segments: kept };
}

const COMMENT_LINE = /^[ \t]*(?:#|\/\/)[ \t]*(phi-lint-.*)$/;

function fromTextLines(source: string, segments: Segment[], lines: LineIndex): FoundDirectives {
  const directives: Directive[] = [];
  for (let n = 1; n <= lines.lineCount; n++) {
    const start = lines.lineStart(n);
    const end = n < lines.lineCount ? lines.lineStart(n + 1) : source.length;
    const text = source.slice(start, end).replace(/[\r\n]+$/, '');
    const m = COMMENT_LINE.exec(text);
    if (m) directives.push(...withSpan(m[1], start + text.length - text.trimStart().length, start + text.length, lines));
  }
  return { directives, segments: blank(segments, directives) };
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
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    if (node.type === 'property' && node.children?.[0].value === JSON_DIRECTIVE_KEY && node.parent?.type === 'object') {
      directives.push(jsonDirective(node, pointerOf(node.parent)));
    }
    node.children?.forEach(visit);
  };
  visit(root);
  const inside = (p: string | undefined) => directives.some((d) => p !== undefined && (p + '/').startsWith(`${d.pointer}/${JSON_DIRECTIVE_KEY}/`));
  return { directives, segments: segments.filter((s) => !inside(s.pointer)) };
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
    else out.problem = `"${JSON_DIRECTIVE_KEY}" takes "rules" (a list of rule ids) and "reason" (a string); not ${JSON.stringify(k?.value)}`;
  }
  if (out.reason === undefined) delete out.reason;
  return out;
}
