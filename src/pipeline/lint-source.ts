import type { CompiledRule } from '../model/rule.js';
import { type Format, parseSource, prepareSource, segmentText, sourceEnd, sourceOffset } from '../formats/index.js';
import { prepareSuppression, suppress, type SuppressSettings } from '../suppress/index.js';
import { LineIndex } from '../text/positions.js';
import { wholeFileProblem, type FileResult, type Finding, type Problem, type Severity } from '../model/types.js';
import { detect } from './detect.js';
import { judgePosts } from './judge.js';
import { matchView } from './fold-segments.js';
import { mergeOverlaps, RANK, sortFindings } from '../model/findings.js';
import { ruleTitle } from '../packs/rule-table.js';
import { readImages, type ImageRun } from './lint-images.js';
import { imageMessage, imageRuleFor, uniqueImageFindings } from './image-findings.js';

/**
 * One file's pipeline: parse -> fold -> detect -> judge each post -> locate -> merge -> sort,
 * then suppress when the file's settings are given (src/suppress/).
 * Parse problems (malformed JSON or front matter) are kept as fatal notes
 * while the text is still scanned; parse notes (Markdown read as plain
 * text) are passed on. `format` overrides the file extension. With
 * `images`, what the post's local images carry (metadata, text, faces) is
 * read as segments of the post that references them (pipeline/lint-images.ts).
 */
export async function lintSource(
  source: string,
  filePath: string,
  rules: CompiledRule[],
  settings?: SuppressSettings,
  format?: Format,
  images?: ImageRun,
): Promise<FileResult> {
  await prepareSource(source, filePath, format);
  const { segments: parsed, problems, notes } = parseSource(source, filePath, format);
  const lines = new LineIndex(source);
  const prepared = settings && prepareSuppression(source, filePath, parsed, lines, settings);
  const read = images && (await readImages(source, prepared?.segments ?? parsed, filePath, images, (o) => lines.position(o).line));
  const segments = read?.segments.length ? [...(prepared?.segments ?? parsed), ...read.segments] : (prepared?.segments ?? parsed);
  // Detectors and context read the folded text (disguised digits, dashes and spaces undone); findings point at the original.
  const view = matchView(segments);
  const hits = await detect(view.segments, rules);
  const findings: Finding[] = [];
  const inImages: { finding: Finding; where: string }[] = [];
  judgePosts(view.segments, hits, rules).forEach(({ hit, decision: { severity, reason, decision } }) => {
    if (severity === 'off') return;
    const seg = segments[hit.segment];
    const { start, end } = view.back(hit.segment, hit.start, hit.end);
    const spec = hit.rule.spec;
    const text = seg.text.slice(start, end);
    // The message says why this severity was chosen (DESIGN.md: every finding explains itself).
    const message = reason ? `${spec.message.trim()} (${reason})` : spec.message.trim();
    const finding: Finding = {
      ruleId: spec.id,
      category: spec.category,
      severity: severity as Severity,
      message,
      title: ruleTitle(spec),
      ...(hit.rule.docs ? { docs: hit.rule.docs } : {}),
      reason,
      decision,
      text,
      offset: sourceOffset(seg, start),
      endOffset: sourceEnd(source, seg, end),
      pointer: seg.pointer,
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    };
    if (!seg.image) return findings.push(finding);
    // Read inside an image: reported on the whole reference, under the image rule, saying what was read where.
    const rule = imageRuleFor(hit, seg, rules);
    if (!rule) return;
    // A team that set images/text (or images/metadata) to warning gets no more than that from it.
    const capped = RANK[finding.severity] > RANK[rule.spec.severity] ? rule.spec.severity : finding.severity;
    const where = seg.image.where;
    // Reported under the images rule: its short title and its page, not the text rule's.
    const { docs: _textDocs, ...rest } = finding;
    inImages.push({ finding: { ...rest, severity: capped, ruleId: rule.spec.id, title: ruleTitle(rule.spec), ...(rule.docs ? { docs: rule.docs } : {}), message: imageMessage(message, seg, text), offset: seg.start, endOffset: seg.image.end, image: seg.image.path }, where });
  });
  const textAt = (offset: number, endOffset: number) => {
    const seg = segments.find((x) => sourceOffset(x, 0) <= offset && offset < sourceEnd(source, x, x.text.length));
    return seg ? segmentText(seg, offset, endOffset) : source.slice(offset, endOffset);
  };
  // Findings read in images stay apart: several can sit on one reference, each saying what it read.
  const located = sortFindings([...mergeOverlaps(findings, textAt), ...uniqueImageFindings(inImages)]).map((f) => {
    const start = lines.position(f.offset);
    const end = lines.position(f.endOffset);
    return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  const fatal = [...problems.map((p): Problem => ({ ...lines.position(p.offset), message: p.message })), ...(read?.problems ?? []).map(wholeFileProblem)];
  const kept = prepared ? suppress(located, prepared, source, lines, settings!) : { findings: located, suppressed: [], records: [] };
  const suppressed = kept.suppressed.length ? { suppressed: kept.suppressed } : {};
  const suppressions = kept.records.length ? { suppressions: kept.records } : {};
  const allNotes = [...(notes ?? []), ...(read?.notes ?? [])];
  const local = read?.deps.length ? { imageDeps: read.deps } : {};
  return { filePath, findings: kept.findings, ...(fatal.length ? { fatal } : {}), ...(allNotes.length ? { notes: allNotes } : {}), ...suppressed, ...suppressions, ...local, source };
}
