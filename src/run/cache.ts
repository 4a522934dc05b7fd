import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../lib/write-file.js';
import type { FileResult, Finding, Problem, Span } from '../model/types.js';


/**
 * What the cache keeps of a finding: everything but the matched text (no raw
 * PHI on disk), as a tuple. The fields most findings share (rule, category,
 * severity, message, reason, decision) are indexes into one string table: a 5,000-post
 * cache takes 1 MB instead of 9, and an unchanged re-run parses it in a
 * third of the time that objects with keys would take.
 */
type StoredFinding = [
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
  pointer?: string,
];

/** The leading fields of a stored finding that are string-table indexes (rule id ... decision). */
const INTERNED_FIELDS = 6;

/** Cached results by file path; `hash` covers the file's text and its settings. */
export interface CacheEntries {
  strings: string[];
  files: Record<string, { hash: string; findings: StoredFinding[]; fatal?: Problem[]; notes?: string[]; suppressed?: Span[] }>;
}

/** 6: suppressed spans (offsets only) are kept, so a cached file's report masks them too. */
const CACHE_FORMAT = 6;

interface CacheFile {
  version: typeof CACHE_FORMAT;
  /** Tool version and rule packs: any change empties the cache. */
  key: string;
  entries: CacheEntries;
}

/** An empty cache: workers get it when the main thread has already answered every cached file. */
export const emptyEntries = (): CacheEntries => ({ strings: [], files: {} });

/** A cached result for this exact text, with each matched text restored from the text itself. */
export function lookupCached(entries: CacheEntries, filePath: string, hash: string, source: string): FileResult | undefined {
  const entry = Object.hasOwn(entries.files, filePath) ? entries.files[filePath] : undefined;
  if (!entry || entry.hash !== hash) return undefined;
  const { strings } = entries;
  const findings = entry.findings.map(
    ([ruleId, category, severity, message, reason, decision, offset, endOffset, line, column, endLine, endColumn, pointer]): Finding => ({
      ruleId: strings[ruleId],
      category: strings[category] as Finding['category'],
      severity: strings[severity] as Finding['severity'],
      message: strings[message],
      reason: reason < 0 ? undefined : strings[reason],
      decision: decision < 0 ? undefined : (strings[decision] as Finding['decision']),
      text: source.slice(offset, endOffset),
      offset,
      endOffset,
      pointer,
      line,
      column,
      endLine,
      endColumn,
    }),
  );
  const suppressed = entry.suppressed ? { suppressed: entry.suppressed } : {};
  return { filePath, findings, ...(entry.fatal ? { fatal: entry.fatal } : {}), ...(entry.notes ? { notes: entry.notes } : {}), ...suppressed };
}

/** A finding as stored, its shared fields interned by `intern`. */
function stored(f: Omit<Finding, 'text'>, intern: (value: string) => number): StoredFinding {
  const row: StoredFinding = [
    intern(f.ruleId),
    intern(f.category),
    intern(f.severity),
    intern(f.message),
    f.reason === undefined ? -1 : intern(f.reason),
    f.decision === undefined ? -1 : intern(f.decision),
    f.offset,
    f.endOffset,
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
  ];
  if (f.pointer !== undefined) row.push(f.pointer);
  return row;
}

/**
 * The `--cache` file. Results are keyed by a hash of the file's text and
 * settings; a hit restores the matched text from the file, so the cache
 * never stores it. Entries of files not linted in this run are kept (a run
 * over a subfolder does not forget the rest).
 */
export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  /** Built on the first `set`: an unchanged re-run never needs it. */
  private interned?: (value: string) => number;

  constructor(private readonly location: string, key: string) {
    this.data = { version: CACHE_FORMAT, key, entries: emptyEntries() };
    if (!existsSync(location)) return;
    try {
      const loaded = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (loaded.version === CACHE_FORMAT && loaded.key === key && loaded.entries?.files && Array.isArray(loaded.entries.strings)) this.data = loaded;
    } catch {
      // A corrupt cache is only a slower run: start afresh.
    }
  }

  get entries(): CacheEntries {
    return this.data.entries;
  }

  get(filePath: string, hash: string, source: string): FileResult | undefined {
    return lookupCached(this.data.entries, filePath, hash, source);
  }

  set(result: FileResult, hash: string): void {
    const intern = (this.interned ??= interner(this.data.entries.strings));
    this.data.entries.files[result.filePath] = {
      hash,
      findings: result.findings.map((f) => stored(f, intern)),
      ...(result.fatal ? { fatal: result.fatal } : {}),
      ...(result.notes ? { notes: result.notes } : {}),
      ...(result.suppressed ? { suppressed: result.suppressed } : {}),
    };
    this.dirty = true;
  }

  save(): void {
    if (this.dirty) writeFileAtomic(this.location, JSON.stringify({ ...this.data, entries: compacted(this.data.entries) }), '.');
  }
}

/** The entries with a string table of only the strings they still use (a replaced entry's reasons are dropped). */
function compacted(entries: CacheEntries): CacheEntries {
  const strings: string[] = [];
  const intern = interner(strings);
  const again = (i: number) => (i < 0 ? i : intern(entries.strings[i]));
  const files: CacheEntries['files'] = {};
  for (const [file, entry] of Object.entries(entries.files)) {
    const findings = entry.findings.map((row): StoredFinding => {
      const copy = [...row] as StoredFinding;
      for (let k = 0; k < INTERNED_FIELDS; k++) copy[k] = again(row[k] as number);
      return copy;
    });
    files[file] = { ...entry, findings };
  }
  return { strings, files };
}

/** The index of a string in `strings`, appended when new. */
function interner(strings: string[]): (value: string) => number {
  const index = new Map(strings.map((value, i) => [value, i]));
  return (value) => {
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = strings.push(value) - 1));
    return i;
  };
}
