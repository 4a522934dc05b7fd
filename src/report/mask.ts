import { wordsRegex } from '../text/words.js';
import type { FileResult, Finding } from '../model/types.js';

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
  return { ...f, text: f.text && maskText(f.text), message: hide(f.message)!, reason: hide(f.reason), pointer: hide(f.pointer) };
}

const hideRange = (chars: string[], from: number, to: number) => {
  for (let i = Math.max(from, 0); i < Math.min(to, chars.length); i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = '*';
};

/**
 * Masks a file's source for reports that show it (HTML): every finding's span,
 * and every other whole-word occurrence of a matched text (any case), so the
 * same name further down the post is hidden too. Same length, line breaks
 * kept: offsets, lines and columns stay valid. Idempotent.
 */
export function maskSource(source: string, findings: Finding[]): string {
  const chars = source.split('');
  const needles = new Set<string>();
  for (const f of findings) {
    for (const raw of [source.slice(f.offset, f.endOffset), f.text]) if (/[^*\s]/.test(raw)) needles.add(raw);
    hideRange(chars, f.offset, f.endOffset);
  }
  if (needles.size) {
    const re = wordsRegex([...needles], 'gi');
    for (const m of source.matchAll(re)) hideRange(chars, m.index, m.index + m[0].length);
  }
  return chars.join('');
}

/**
 * Masks findings and the kept source text of each file. Only the HTML report
 * shows source, so a file's source is masked on first read, not here.
 */
export function maskResults(files: FileResult[]): FileResult[] {
  return files.map((file) => {
    const masked: FileResult = { ...file, findings: file.findings.map(maskFinding) };
    if (file.source !== undefined) maskLazily(masked, file.source, file.findings);
    return masked;
  });
}

function maskLazily(file: FileResult, source: string, findings: Finding[]): void {
  let done: string | undefined;
  Object.defineProperty(file, 'source', { enumerable: true, configurable: true, get: () => (done ??= maskSource(source, findings)) });
}
