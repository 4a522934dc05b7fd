/**
 * Whether a Markdown source is too costly to parse as Markdown. The parser's
 * time grows with the square of two things a hostile or broken file can
 * pile up: container nesting (`- - - - x`, 40,000 list markers: minutes)
 * and link openers in one block (`[a](` 100,000 times: minutes). Both are
 * counted here in one linear pass, so the decision is deterministic (a
 * count, not a clock); past the budget the file is scanned as plain text.
 * Real posts stay far below it: a few levels of nesting, a few dozen links.
 */
export const MARKDOWN_BUDGET = {
  /** Container levels on one line: list markers and `>` at its start, plus one per two columns of indentation. */
  depth: 64,
  /** Sum over lines of their depth squared. */
  depthCost: 2e7,
  /** Sum over blocks (runs of lines between blank lines) of the square of their `[` and `~` counts. */
  openerCost: 2e7,
};

/** Container markers at the start of a line, each with its blank: `- `, `* `, `+ `, `1. `, `2) `, `>`. */
const MARKERS = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)|[ \t]*>[ \t]?)+/;

export function markdownOverBudget(source: string, budget = MARKDOWN_BUDGET): string | undefined {
  let depthCost = 0;
  let openerCost = 0;
  let openers = 0;
  for (let at = 0; at <= source.length; ) {
    let end = source.indexOf('\n', at);
    if (end < 0) end = source.length;
    const line = source.slice(at, end);
    at = end + 1;
    if (!line.trim()) {
      openerCost += openers * openers;
      openers = 0;
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 91 || c === 126) openers++; // '[' and '~'
    }
    const d = depthOf(line);
    if (d > budget.depth) return `nesting deeper than ${budget.depth} levels`;
    depthCost += d * d;
  }
  openerCost += openers * openers;
  if (depthCost > budget.depthCost) return 'too much nesting';
  if (openerCost > budget.openerCost) return 'too many open brackets in one block';
  return undefined;
}

function depthOf(line: string): number {
  const m = MARKERS.exec(line);
  const head = m ? m[0] : '';
  let markers = 0;
  for (const piece of head.matchAll(/[-+*>]|\d{1,9}[.)]/g)) if (piece) markers++;
  let indent = 0;
  for (let i = 0; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) indent += line[i] === '\t' ? 4 : 1;
  return markers + (indent >> 1);
}
