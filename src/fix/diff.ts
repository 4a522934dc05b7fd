import { maskSource, hiddenSpans } from '../report/mask.js';
import type { FileResult } from '../model/types.js';
import type { SourceFix } from './fix-source.js';
import { applyEdits } from './plan.js';

const CONTEXT = 3;

/** Line starts of a text (after each \n), for cutting it into lines that keep their endings. */
const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/**
 * A unified diff of one file's fixes (`--fix-dry-run`). With `masked`, the
 * removed lines show the file with every finding (and every other mention
 * of its text) as `*`, and the added lines show the same masked text with
 * the replacements: the diff never carries the PHI it removes.
 */
export function unifiedDiff(fix: SourceFix, file: FileResult, masked: boolean): string {
  if (!fix.edits.length) return '';
  const raw = file.source ?? fix.before;
  const before = masked ? maskSource(raw, hiddenSpans(file)) : fix.before;
  const after = masked ? applyEdits(before, fix.edits) : fix.after;
  const old = linesOf(before);
  // Edits never add or remove the lines between them: map each changed old line range to its new lines.
  const starts: number[] = [];
  let n = 0;
  for (const line of old) {
    starts.push(n);
    n += line.length;
  }
  const lineAt = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > offset) i--;
    return i;
  };
  const hunks: { from: number; to: number }[] = [];
  for (const e of fix.edits) {
    const from = Math.max(lineAt(e.offset) - CONTEXT, 0);
    const to = Math.min(lineAt(Math.max(e.endOffset - 1, e.offset)) + CONTEXT, old.length - 1);
    const last = hunks.at(-1);
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else hunks.push({ from, to });
  }
  const name = (side: string) => (fix.filePath.startsWith('/') ? fix.filePath : `${side}/${fix.filePath}`);
  let out = `--- ${name('a')}\n+++ ${name('b')}\n`;
  let shift = 0;
  let lines = 0;
  for (const h of hunks) {
    const oldLines = old.slice(h.from, h.to + 1);
    const oldText = oldLines.join('');
    const start = starts[h.from];
    const end = start + oldText.length;
    const delta = fix.edits.filter((e) => e.offset >= start && e.endOffset <= end).reduce((d, e) => d + e.text.length - (e.endOffset - e.offset), 0);
    const newText = after.slice(start + shift, end + shift + delta);
    const newLines = linesOf(newText);
    out += `@@ -${h.from + 1},${oldLines.length} +${h.from + 1 + lines},${newLines.length} @@\n`;
    out += body(oldLines, newLines);
    shift += delta;
    // A reply rewritten onto one line moves the later hunks up.
    lines += newLines.length - oldLines.length;
  }
  return out;
}

/** The hunk's lines as context, removed and added lines: a longest common subsequence over a few lines. */
function body(old: string[], now: string[]): string {
  const n = old.length;
  const m = now.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) common[i][j] = old[i] === now[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const line = (prefix: string, l: string) => prefix + (l.endsWith('\n') ? l : `${l}\n\\ No newline at end of file\n`);
  let out = '';
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && old[i] === now[j]) {
      out += line(' ', old[i++]);
      j++;
    } else if (i < n && (j >= m || common[i + 1][j] >= common[i][j + 1])) out += line('-', old[i++]);
    else out += line('+', now[j++]);
  }
  return out;
}
