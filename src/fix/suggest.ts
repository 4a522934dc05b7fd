import type { FileResult, Finding } from '../model/types.js';
import { LineIndex } from '../text/positions.js';
import { containersOf } from './container.js';
import { fixOf } from './plan.js';

/**
 * Puts each finding's suggested rewrite on it (`fix`, for the JSON, SARIF
 * and HTML reports), for errors and warnings. The text is plain, never a
 * piece of the post: a rewrite says "our patient" or "in 2025", so it
 * needs no masking. Files without their source are returned as they are.
 */
export function withFixSuggestions(files: FileResult[]): FileResult[] {
  return files.map((file) => {
    const source = file.source;
    if (source === undefined || !file.findings.length || file.fatal?.length) return file;
    const containers = containersOf(source, file.filePath);
    const lines = new LineIndex(source);
    const findings = file.findings.map((f): Finding => {
      // An info is no problem to fix (staff, the organisation's own site): "our patient" would be wrong there.
      const edit = f.severity === 'info' ? undefined : fixOf(f, source, containers);
      if (!edit) return f;
      const start = lines.position(edit.offset);
      const end = lines.position(edit.endOffset);
      return { ...f, fix: { text: edit.plain, raw: edit.text, offset: edit.offset, endOffset: edit.endOffset, line: start.line, column: start.column, endLine: end.line, endColumn: end.column } };
    });
    return { ...file, findings };
  });
}
