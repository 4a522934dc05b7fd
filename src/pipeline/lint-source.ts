import type { CompiledRule } from '../model/rule.js';
import { type Format, parseSource, prepareSource, segmentText, sourceEnd, sourceOffset } from '../formats/index.js';
import { prepareSuppression, suppress, type SuppressSettings } from '../suppress/index.js';
import { LineIndex } from '../text/positions.js';
import type { FileResult, Finding, Problem, Severity } from '../model/types.js';
import { detect } from './detect.js';
import { judgePosts } from './judge.js';
import { matchView } from './fold-segments.js';
import { mergeOverlaps, sortFindings } from '../model/findings.js';
import { ruleTitle } from '../packs/rule-table.js';

/**
 * One file's pipeline: parse -> fold -> detect -> judge each post -> locate -> merge -> sort,
 * then suppress when the file's settings are given (src/suppress/).
 * Parse problems (malformed JSON or front matter) are kept as fatal notes
 * while the text is still scanned; parse notes (Markdown read as plain
 * text) are passed on. `format` overrides the file extension.
 */
export async function lintSource(
  source: string,
  filePath: string,
  rules: CompiledRule[],
  settings?: SuppressSettings,
  format?: Format,
): Promise<FileResult> {
  await prepareSource(source, filePath, format);
  const { segments: parsed, problems, notes } = parseSource(source, filePath, format);
  const lines = new LineIndex(source);
  const prepared = settings && prepareSuppression(source, filePath, parsed, lines, settings);
  const segments = prepared?.segments ?? parsed;
  // Detectors and context read the folded text (disguised digits, dashes and spaces undone); findings point at the original.
  const view = matchView(segments);
  const hits = await detect(view.segments, rules);
  const findings: Finding[] = [];
  judgePosts(view.segments, hits, rules).forEach(({ hit, decision: { severity, reason, decision } }) => {
    if (severity === 'off') return;
    const seg = segments[hit.segment];
    const { start, end } = view.back(hit.segment, hit.start, hit.end);
    const offset = sourceOffset(seg, start);
    const endOffset = sourceEnd(source, seg, end);
    const spec = hit.rule.spec;
    findings.push({
      ruleId: spec.id,
      category: spec.category,
      severity: severity as Severity,
      // The message says why this severity was chosen (DESIGN.md: every finding explains itself).
      message: reason ? `${spec.message.trim()} (${reason})` : spec.message.trim(),
      title: ruleTitle(spec),
      ...(hit.rule.docs ? { docs: hit.rule.docs } : {}),
      reason,
      decision,
      text: seg.text.slice(start, end),
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
    const seg = segments.find((x) => sourceOffset(x, 0) <= offset && offset < sourceEnd(source, x, x.text.length));
    return seg ? segmentText(seg, offset, endOffset) : source.slice(offset, endOffset);
  };
  const located = sortFindings(mergeOverlaps(findings, textAt)).map((f) => {
    const start = lines.position(f.offset);
    const end = lines.position(f.endOffset);
    return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  const fatal = problems.map((p): Problem => ({ ...lines.position(p.offset), message: p.message }));
  const kept = prepared ? suppress(located, prepared, source, lines, settings!) : { findings: located, suppressed: [], records: [] };
  const suppressed = kept.suppressed.length ? { suppressed: kept.suppressed } : {};
  const suppressions = kept.records.length ? { suppressions: kept.records } : {};
  return { filePath, findings: kept.findings, ...(fatal.length ? { fatal } : {}), ...(notes?.length ? { notes } : {}), ...suppressed, ...suppressions, source };
}
