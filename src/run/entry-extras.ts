import { createHash } from 'node:crypto';
import { withFixSuggestions } from '../fix/suggest.js';
import { seal, unseal } from '../images/seal.js';
import type { FileResult, Finding, FixSuggestion } from '../model/types.js';

/**
 * What a cache entry keeps of a result beyond its stored findings, sealed
 * (AES-256-GCM, images/seal.ts) with a key from the post's own text:
 * - the texts that are not plain slices of the source (a decoded JSON
 *   escape or entity) and the JSON pointers (an object key can be a name);
 * - each finding's fix suggestion, when the run asked for them (a rewrite
 *   can keep a word of the post: "Dear" of "Dear Jane,").
 * Whoever has the cache file alone reads none of it; whoever has the post
 * has all of it already. One decryption per hit replaces parsing the file
 * again and planning every rewrite (about a quarter of an unchanged re-run).
 */
export interface EntryExtras {
  /** [finding index, text, pointer] of the findings whose text or pointer is not a slice of the source. */
  parts?: [number, string, string | null][];
  /** Each finding's suggestion (0: none); absent when the run that stored it did not compute them. */
  fixes?: (StoredFix | 0)[];
}

/** A suggestion as a tuple (a third of the object's size); `raw` only when the file spells it otherwise. */
type StoredFix = [offset: number, endOffset: number, line: number, column: number, endLine: number, endColumn: number, text: string, raw?: string];

const storedFix = (f: FixSuggestion): StoredFix => {
  const row: StoredFix = [f.offset, f.endOffset, f.line, f.column, f.endLine, f.endColumn, f.text];
  if (f.raw !== f.text) row.push(f.raw);
  return row;
};

// The keys in fix/suggest.ts's order: reports print the object as it is.
const fixOf = ([offset, endOffset, line, column, endLine, endColumn, text, raw]: StoredFix): FixSuggestion => ({ text, raw: raw ?? text, offset, endOffset, line, column, endLine, endColumn });

const secretOf = (source: string): Buffer => createHash('sha256').update('phi-lint cache entry').update(source).digest();

/** The extras of a freshly linted result, sealed; undefined when there is nothing to keep. */
export function sealExtras(source: string, findings: readonly Finding[], withFixes: boolean): string | undefined {
  const parts: EntryExtras['parts'] = [];
  findings.forEach((f, i) => {
    if (f.pointer !== undefined || f.text !== source.slice(f.offset, f.endOffset)) parts.push([i, f.text, f.pointer ?? null]);
  });
  const extras: EntryExtras = {
    ...(parts.length ? { parts } : {}),
    ...(withFixes && findings.length ? { fixes: findings.map((f) => (f.fix ? storedFix(f.fix) : 0)) } : {}),
  };
  return extras.parts || extras.fixes ? seal(extras, secretOf(source)) : undefined;
}

/** The extras sealed for this text; undefined when the seal does not open (another text, a damaged entry). */
export const openExtras = (sealed: string, source: string): EntryExtras | undefined => unseal<EntryExtras>(sealed, secretOf(source));

/** Each finding with its text and pointer as stored. */
export function withParts(findings: Finding[], extras: EntryExtras | undefined): Finding[] {
  if (!extras?.parts) return findings;
  const out = [...findings];
  for (const [i, text, pointer] of extras.parts) out[i] = { ...out[i], text, ...(pointer === null ? {} : { pointer }) };
  return out;
}

/**
 * The result with its fix suggestions: the stored ones, else computed (an
 * entry stored by a run whose report printed none).
 */
export function withFixes(result: FileResult, source: string, extras: EntryExtras | undefined): FileResult {
  const { fixes } = extras ?? {};
  if (!fixes || fixes.length !== result.findings.length) {
    const fixed = withFixSuggestions([{ ...result, source }])[0];
    delete fixed.source;
    return fixed;
  }
  const findings = result.findings.map((f, i) => {
    const fix = fixes[i];
    return fix ? { ...f, fix: fixOf(fix) } : f;
  });
  return { ...result, findings };
}
