import { decide } from '../context/decide.js';
import type { CompiledRule } from '../detectors/types.js';
import { type Format, parseSource, segmentText, sourceEnd, sourceOffset } from '../sources/index.js';
import { LineIndex } from '../text/positions.js';
import type { FileResult, Finding, Severity } from '../types.js';
import { detect } from './detect.js';
import { mergeOverlaps, sortFindings } from './merge.js';

/**
 * One file's pipeline: parse -> detect -> decide -> locate -> merge -> sort.
 * Parse problems (malformed JSON or front matter) are kept as fatal notes
 * while the text is still scanned. `format` overrides the file extension.
 */
export async function lintSource(source: string, filePath: string, rules: CompiledRule[], format?: Format): Promise<FileResult> {
  const { segments, problems } = parseSource(source, filePath, format);
  const hits = await detect(segments, rules);
  const decisions = decide(hits, segments);
  const lines = new LineIndex(source);
  const findings: Finding[] = [];
  hits.forEach((hit, i) => {
    const { severity, reason } = decisions[i];
    if (severity === 'off') return;
    const seg = segments[hit.segment];
    const offset = sourceOffset(seg, hit.start);
    const endOffset = sourceEnd(source, seg, hit.end);
    const spec = hit.rule.spec;
    findings.push({
      ruleId: spec.id,
      category: spec.category,
      severity: severity as Severity,
      message: spec.message,
      reason,
      text: seg.text.slice(hit.start, hit.end),
      offset,
      endOffset,
      pointer: seg.pointer,
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    });
  });
  const textAt = (offset: number, endOffset: number) => {
    const seg = segments.find((s) => sourceOffset(s, 0) <= offset && offset < sourceEnd(source, s, s.text.length));
    return seg ? segmentText(seg, offset, endOffset) : source.slice(offset, endOffset);
  };
  const located = sortFindings(mergeOverlaps(findings, textAt)).map((f) => {
    const start = lines.position(f.offset);
    const end = lines.position(f.endOffset);
    return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  const fatal = problems.map((p) => {
    const at = lines.position(p.offset);
    return `${at.line}:${at.column}: ${p.message}`;
  });
  return { filePath, findings: located, ...(fatal.length ? { fatal } : {}), source };
}
