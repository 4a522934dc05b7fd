import type { FileResult, Finding } from '../types.js';

/**
 * Hides matched text so CI logs (often public) never carry PHI. Only the
 * length survives, and only up to a cap so long values do not stand out.
 */
export function maskText(text: string): string {
  return '*'.repeat(Math.min(Math.max([...text].length, 3), 12));
}

/** Replaces every occurrence of each finding's matched text, wherever a formatter might print it. */
export function maskFinding(f: Finding): Finding {
  const hide = (s: string | undefined) => (s && f.text ? s.split(f.text).join(maskText(f.text)) : s);
  return { ...f, text: maskText(f.text), message: hide(f.message)!, reason: hide(f.reason), pointer: hide(f.pointer) };
}

export function maskResults(files: FileResult[]): FileResult[] {
  return files.map((file) => ({ ...file, findings: file.findings.map(maskFinding) }));
}
