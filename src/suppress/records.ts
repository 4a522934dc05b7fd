import type { Finding, Suppression } from '../model/types.js';
import type { Directive } from './directive-syntax.js';

/**
 * The audit trail's view of the suppress stage: which finding was taken out
 * or lowered, by what, and why, without the matched text. A directive's
 * reason is post text: every matched text of the file is masked in it, so
 * a reason that names the patient ("-- Jane agreed") does not carry the name
 * into the log.
 */

const MASK = '***';

/** `text` with every occurrence of each matched text replaced by a mask, longest first. */
export function maskMatches(text: string, matches: string[]): string {
  const distinct = [...new Set(matches.filter((m) => m.trim() !== ''))].sort((a, b) => b.length - a.length);
  return distinct.reduce((out, m) => out.split(m).join(MASK), text);
}

const at = (f: Finding) => ({ ruleId: f.ruleId, line: f.line, column: f.column });

export interface RecordInput {
  /** Every finding the file had before suppression (their texts are masked in reasons). */
  all: Finding[];
  allowed: { finding: Finding; where?: string }[];
  directed: [Finding, Directive][];
  consented: [Finding, string][];
}

export function suppressionRecords(input: RecordInput): Suppression[] {
  const texts = input.all.map((f) => f.text);
  return [
    ...input.allowed.map(({ finding, where }): Suppression => ({ by: 'allowlist', ...at(finding), ...(where ? { reason: `allow entry at ${where}` } : {}) })),
    ...input.directed.map(([f, d]): Suppression => ({ by: 'directive', ...at(f), ...(d.reason ? { reason: maskMatches(d.reason, texts) } : {}) })),
    ...input.consented.map(([f, consent]): Suppression => ({ by: 'consent', ...at(f), consent })),
  ];
}
