import { createHash } from 'node:crypto';
import { hiddenSpans, maskSource } from '../mask.js';
import type { FileResult } from '../../model/types.js';

/** Characters of context taken on each side of a finding, within its line. */
const WINDOW = 40;

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * SARIF partialFingerprints for one file's findings: sha256 of the rule id,
 * the file path and the words around the finding on its line, never the
 * matched text itself. Other findings' text in that window is masked first,
 * so the value is the same with or without --no-mask, and a post that gains
 * a paragraph above keeps its fingerprints. Findings with the same context
 * get an occurrence counter so each fingerprint stays unique in the file.
 */
export function fingerprints(file: FileResult): string[] {
  const source = file.source === undefined ? '' : maskSource(file.source, hiddenSpans(file));
  const seen = new Map<string, number>();
  return file.findings.map((f) => {
    const before = source.slice(Math.max(0, f.offset - WINDOW), f.offset).split(/\r\n?|\n/).at(-1) ?? '';
    const after = source.slice(f.endOffset, f.endOffset + WINDOW).split(/\r\n?|\n/)[0];
    const key = [f.ruleId, file.filePath, normalize(before), normalize(after)].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex');
  });
}
