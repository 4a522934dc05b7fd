import { wordsRegex } from '../text/words.js';
import type { FileResult, Finding, Span } from '../model/types.js';
import { maskPointer } from './mask-pointer.js';

export { maskPointer } from './mask-pointer.js';

/** What a report that shows the source puts in place of a masked range: one length for every value. */
export const FIXED_MASK = '***';

/**
 * Hides matched text so CI logs (often public) never carry PHI. Only the
 * length survives, and only up to a cap so long values do not stand out.
 */
export function maskText(text: string): string {
  return '*'.repeat(Math.min(Math.max([...text].length, 3), 12));
}

/** Replaces every occurrence of each finding's matched text, wherever a formatter might print it. */
export function maskFinding(f: Finding): Finding {
  // Most messages do not quote the match: `includes` spares them a split and join.
  const hide = (s: string | undefined) => (s && f.text && s.includes(f.text) ? s.split(f.text).join(maskText(f.text)) : s);
  const pointer = f.pointer === undefined ? undefined : maskPointer(f.pointer);
  return { ...f, text: f.text && maskText(f.text), message: hide(f.message)!, reason: hide(f.reason), pointer };
}

/** A span to hide: a finding, or a suppressed span (its text is read from the source). */
type Hidden = Span & { text?: string };

/**
 * The source ranges masking hides, sorted and merged: every span, and every
 * other whole-word occurrence of a hidden text (any case), so the same name
 * further down the post is hidden too.
 */
export function maskedRanges(source: string, spans: Hidden[]): Span[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), source.length);
  const ranges: Span[] = [];
  const needles = new Set<string>();
  for (const s of spans) {
    for (const raw of [source.slice(s.offset, s.endOffset), s.text ?? '']) if (/[^*\s]/.test(raw)) needles.add(raw);
    if (clamp(s.endOffset) > clamp(s.offset)) ranges.push({ offset: clamp(s.offset), endOffset: clamp(s.endOffset) });
  }
  if (needles.size) {
    for (const m of source.matchAll(wordsRegex([...needles], 'gi'))) ranges.push({ offset: m.index, endOffset: m.index + m[0].length });
  }
  ranges.sort((a, b) => a.offset - b.offset);
  const merged: Span[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.offset <= last.endOffset) last.endOffset = Math.max(last.endOffset, r.endOffset);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * Masks a file's source for reports that use it (HTML, SARIF fingerprints):
 * the masked ranges become `*`. Same length, line breaks kept: offsets,
 * lines and columns stay valid. Idempotent.
 */
export function maskSource(source: string, spans: Hidden[]): string {
  return hideRanges(source, maskedRanges(source, spans));
}

function hideRanges(source: string, ranges: Span[]): string {
  const chars = source.split('');
  for (const r of ranges) for (let i = r.offset; i < r.endOffset; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = '*';
  return chars.join('');
}

/** Every span of a file that masking hides in its source: findings and suppressed spans alike. */
export const hiddenSpans = (file: FileResult): Hidden[] => [...file.findings, ...(file.suppressed ?? [])];

/**
 * Masks findings and the kept source text of each file. Only some reports
 * use the source, so it is masked on first read, not here.
 */
export function maskResults(files: FileResult[]): FileResult[] {
  return files.map((file) => {
    const masked: FileResult = { ...file, findings: file.findings.map(maskFinding) };
    if (file.source !== undefined) maskLazily(masked, file.source, hiddenSpans(file));
    return masked;
  });
}

function maskLazily(file: FileResult, source: string, spans: Hidden[]): void {
  let ranges: Span[] | undefined;
  let done: string | undefined;
  const rangesOnce = () => (ranges ??= maskedRanges(source, spans));
  Object.defineProperty(file, 'maskedRanges', { enumerable: true, configurable: true, get: rangesOnce });
  Object.defineProperty(file, 'source', { enumerable: true, configurable: true, get: () => (done ??= hideRanges(source, rangesOnce())) });
}
