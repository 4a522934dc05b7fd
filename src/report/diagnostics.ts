import type { FileResult } from '../model/types.js';
import { inertLine, problemText } from './formatters/shared.js';

/**
 * What goes to stderr beside the report, in every format: each problem (so a
 * CI log says why the run exited 2 even when the report goes to a file) and,
 * unless --quiet, the notes on how a file was scanned.
 */
export function diagnosticLines(files: FileResult[], options: { notes: boolean }): string {
  let out = '';
  for (const file of files) {
    for (const p of file.fatal ?? []) out += `phi-lint: ${inertLine(`${file.filePath}:${problemText(p)}`)}\n`;
    if (options.notes) for (const n of file.notes ?? []) out += `phi-lint: ${inertLine(`${file.filePath}: note: ${n}`)}\n`;
  }
  return out;
}
