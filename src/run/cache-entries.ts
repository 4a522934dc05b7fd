/** The cache file's entries: stored findings as tuples over one string table. */
import type { Problem, Span, Suppression } from '../model/types.js';

/**
 * What the cache keeps of a finding: everything but the matched text and the
 * JSON pointer (no raw PHI on disk: an object key can be a name), as a
 * tuple. The fields most findings share (rule, category, severity, message,
 * reason, decision, title, docs, merged rules) are indexes into one string table: a 5,000-post cache
 * takes 1 MB instead of 9, and an unchanged re-run parses it in a third of
 * the time that objects with keys would take.
 */
export type StoredFinding = [
  ruleId: number,
  category: number,
  severity: number,
  message: number,
  reason: number, // -1: none
  decision: number, // -1: none
  offset: number,
  endOffset: number,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  title: number, // -1: none
  docs: number, // -1: none
  rules: number, // -1: one rule; else the merged rules' ids, space-separated
];

/** The fields of a stored finding that are string-table indexes (rule id ... decision, title, docs, rules). */
const INTERNED_FIELDS = [0, 1, 2, 3, 4, 5, 12, 13, 14];

/**
 * Cached results by file path; `hash` covers the file's text and its settings.
 * `extras`: the findings' texts that are not plain slices of the source (a
 * JSON escape), their pointers and fix suggestions, sealed with a key from
 * the file's text (entry-extras.ts).
 */
export interface CacheEntries {
  strings: string[];
  files: Record<string, { hash: string; findings: StoredFinding[]; fatal?: Problem[]; notes?: string[]; suppressed?: Span[]; suppressions?: Suppression[]; extras?: string; imageDeps?: string }>;
  /** Image analyses by content, sealed (images/seal.ts: no PHI readable without the image itself). */
  images?: Record<string, string>;
}

/** The entries with a string table of only the strings they still use (a replaced entry's reasons are dropped). */
export function compacted(entries: CacheEntries): CacheEntries {
  const strings: string[] = [];
  const intern = interner(strings);
  const again = (i: number) => (i < 0 ? i : intern(entries.strings[i]));
  const files: CacheEntries['files'] = {};
  for (const [file, entry] of Object.entries(entries.files)) {
    const findings = entry.findings.map((row): StoredFinding => {
      const copy = [...row] as StoredFinding;
      for (const k of INTERNED_FIELDS) copy[k] = again(row[k] as number);
      return copy;
    });
    files[file] = { ...entry, findings };
  }
  return { strings, files, ...(entries.images ? { images: entries.images } : {}) };
}

/** The index of a string in `strings`, appended when new. */
export function interner(strings: string[]): (value: string) => number {
  const index = new Map(strings.map((value, i) => [value, i]));
  return (value) => {
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = strings.push(value) - 1));
    return i;
  };
}
