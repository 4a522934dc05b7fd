import type { SyntaxNode, Tree } from '@lezer/common';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Segment, SegmentKind } from '../../model/types.js';
import { type Mapped, toSegment } from './align.js';
import { decodeEntity, TextBuilder } from './text.js';

/** Walk state: the original source, the way back from parse positions, the segments found. */
export interface TreeCtx {
  source: string;
  tree: Tree;
  at: (p: number) => number;
  out: Segment[];
  /** Normalized labels of the link reference definitions, read on first use. */
  defs?: Set<string>;
}

export function emit(ctx: TreeCtx, m: Mapped, kind: SegmentKind): void {
  const seg = toSegment(ctx.source, m, kind);
  if (seg) ctx.out.push(seg);
}

/**
 * Raw text of `n` within [from, to) with `>` marks (and the blank after
 * one) dropped, as mdast keeps HTML values. Inline HTML also drops the
 * leading blanks of continuation lines; block HTML keeps them.
 */
export function raw(ctx: TreeCtx, n: SyntaxNode, from: number, to: number, block = false): Mapped {
  const b = new TextBuilder(ctx.source, ctx.at(from));
  let pos = from;
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'QuoteMark' || c.to <= from || c.from >= to) continue;
    if (c.from > pos) verbatimLines(b, ctx.at(pos), ctx.at(c.from), !block);
    pos = c.to;
    b.lineStart = true;
    const next = ctx.source[ctx.at(pos)];
    if (block && (next === ' ' || next === '\t')) pos++;
  }
  if (to > pos) verbatimLines(b, ctx.at(pos), ctx.at(to), !block);
  return b.done();
}

function verbatimLines(b: TextBuilder, from: number, to: number, strip: boolean): void {
  let i = from;
  const s = b.source;
  if (!strip) return b.verbatim(from, to);
  if (b.lineStart) while (i < to && (s[i] === ' ' || s[i] === '\t')) i++;
  for (let j = i; j < to; j++) {
    if (s[j] !== '\n' && s[j] !== '\r') continue;
    const eol = s[j] === '\r' && s[j + 1] === '\n' ? 2 : 1;
    b.verbatim(i, j + eol);
    i = j + eol;
    while (i < to && (s[i] === ' ' || s[i] === '\t')) i++;
    j = i - 1;
  }
  b.verbatim(i, to);
  b.lineStart = i === to && to > from && (s[to - 1] === '\n' || s[to - 1] === '\r');
}

/** A URL or title: escapes and entities decoded, mapped unit by unit. */
export function decoded(ctx: TreeCtx, from: number, to: number): Mapped {
  const b = new TextBuilder(ctx.source, ctx.at(from));
  const s = ctx.source;
  let run = ctx.at(from);
  const end = ctx.at(to);
  for (let i = run; i < end; i++) {
    if (s[i] === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(s[i + 1])) {
      b.plain(run, i);
      b.unit(s[i + 1], i + 1, i + 2);
      run = ++i + 1;
    } else if (s[i] === '&') {
      const m = /^&[#\w]{1,32};/.exec(s.slice(i, i + 34));
      const value = m ? decodeEntity(m[0]) : undefined;
      if (!m || value === undefined) continue;
      b.plain(run, i);
      b.unit(value, i, i + m[0].length);
      i += m[0].length - 1;
      run = i + 1;
    }
  }
  b.plain(run, end);
  return b.done();
}

/** Whether a reference link's label matches a definition in the file. */
export function isDefined(ctx: TreeCtx, label: string): boolean {
  if (!ctx.defs) {
    const defs = new Set<string>();
    ctx.tree.iterate({
      enter: (r) => {
        if (r.name !== 'LinkReference') return;
        const l = r.node.getChild('LinkLabel');
        if (l) defs.add(normalizeIdentifier(ctx.source.slice(ctx.at(l.from) + 1, ctx.at(l.to) - 1)));
        return false;
      },
    });
    ctx.defs = defs;
  }
  return ctx.defs.has(normalizeIdentifier(label));
}
