import type { CompiledRule } from '../model/rule.js';
import { LineIndex, type Position } from '../text/positions.js';
import { Windower, type TextWindow } from '../text/windows.js';
import type { FileResult, Finding } from '../model/types.js';
import { lintSource } from './lint-source.js';

/** Window size and overlap for large inputs, in UTF-16 code units. */
export const LARGE_WINDOWS = { size: 128 * 1024, overlap: 4 * 1024 };

/**
 * Lints text too large to hold or parse at once, as plain text, window by
 * window (see text/windows.ts): only one window is in memory at a time, a
 * match across a window boundary is found once, and positions are exact in
 * the whole text because each window's starting line and column are carried
 * over from the previous one. Sentence context works as usual; "the post is
 * about a patient" looks at the current window only.
 */
export async function lintWindows(
  chunks: AsyncIterable<string> | Iterable<string>,
  filePath: string,
  rules: CompiledRule[],
  sizes = LARGE_WINDOWS,
): Promise<FileResult> {
  const windower = new Windower(sizes.size, sizes.overlap);
  const findings: Finding[] = [];
  let base: Position = { line: 1, column: 1 };
  const lint = async (w: TextWindow) => {
    const { findings: found } = await lintSource(w.text, filePath, rules, undefined, 'text');
    for (const f of found) if (f.offset >= w.ownStart && f.offset < w.ownEnd) findings.push(move(f, w.start, base));
    base = shift(base, new LineIndex(w.text).position(w.next));
  };
  for await (const chunk of chunks) for (const w of windower.push(chunk)) await lint(w);
  for (const w of windower.end()) await lint(w);
  return { filePath, findings };
}

/** A window-relative position -> a whole-text one, given where the window starts. */
function shift(base: Position, p: Position): Position {
  return p.line === 1 ? { line: base.line, column: base.column + p.column - 1 } : { line: base.line + p.line - 1, column: p.column };
}

function move(f: Finding, start: number, base: Position): Finding {
  const from = shift(base, { line: f.line, column: f.column });
  const to = shift(base, { line: f.endLine, column: f.endColumn });
  const located = { offset: f.offset + start, endOffset: f.endOffset + start, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  return { ...f, ...located, text: detach(f.text), reason: f.reason && detach(f.reason) };
}

/** A copy that does not keep the whole window alive (V8 slices point into their parent string). */
const detach = (s: string): string => (' ' + s).slice(1);
