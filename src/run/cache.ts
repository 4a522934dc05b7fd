import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/write-file.js';
import type { FileResult, Finding } from '../model/types.js';
import { compacted, interner, type CacheEntries, type StoredFinding } from './cache-entries.js';
import { openExtras, withFixes, withParts } from './entry-extras.js';

export type { CacheEntries } from './cache-entries.js';

/**
 * 7: pointers are no longer stored (an object key can be PHI), entries that need them say `derive`;
 * suppressed spans (offsets only) are kept, so a cached file's report masks them too.
 * 8: a finding's title, docs page and merged rules are stored; suppression records (rule, place,
 * why; no matched text) are kept for the audit log; sealed image analyses (`images`) and, per post
 * that shows local images, their sealed content hashes (`imageDeps`).
 * 9: `derive` is gone: decoded texts, pointers and fix suggestions are kept sealed with a key from
 * the post's text (`extras`, entry-extras.ts), so a hit neither parses the file nor plans rewrites.
 */
const CACHE_FORMAT = 9;

interface CacheFile {
  version: typeof CACHE_FORMAT;
  /** Tool version and rule packs: any change empties the cache. */
  key: string;
  entries: CacheEntries;
}

/** An empty cache: workers get it when the main thread has already answered every cached file. */
export const emptyEntries = (): CacheEntries => ({ strings: [], files: {} });

/**
 * A cached result for this exact text, with each matched text restored as a
 * slice of the text itself, or as its sealed `extras` keep it (a decoded
 * escape, a pointer). `fixes`: with each finding's fix suggestion.
 */
export function lookupCached(entries: CacheEntries, filePath: string, hash: string, source: string, fixes = false): FileResult | undefined {
  const entry = Object.hasOwn(entries.files, filePath) ? entries.files[filePath] : undefined;
  if (!entry || entry.hash !== hash) return undefined;
  const extras = entry.extras === undefined ? undefined : openExtras(entry.extras, source);
  // Keys from the same text open the seal: one that does not is a damaged entry, linted again.
  if (entry.extras !== undefined && !extras) return undefined;
  const { strings } = entries;
  const findings = entry.findings.map(
    ([ruleId, category, severity, message, reason, decision, offset, endOffset, line, column, endLine, endColumn, title, docs, rules]): Finding => ({
      ruleId: strings[ruleId],
      category: strings[category] as Finding['category'],
      severity: strings[severity] as Finding['severity'],
      message: strings[message],
      ...(title >= 0 ? { title: strings[title] } : {}),
      ...(rules >= 0 ? { rules: strings[rules].split(' ') } : {}),
      ...(docs >= 0 ? { docs: strings[docs] } : {}),
      reason: reason < 0 ? undefined : strings[reason],
      decision: decision < 0 ? undefined : (strings[decision] as Finding['decision']),
      text: source.slice(offset, endOffset),
      offset,
      endOffset,
      line,
      column,
      endLine,
      endColumn,
    }),
  );
  const suppressed = entry.suppressed ? { suppressed: entry.suppressed } : {};
  const suppressions = entry.suppressions ? { suppressions: entry.suppressions } : {};
  const result = { filePath, findings: withParts(findings, extras), ...(entry.fatal ? { fatal: entry.fatal } : {}), ...(entry.notes ? { notes: entry.notes } : {}), ...suppressed, ...suppressions };
  return fixes ? withFixes(result, source, extras) : result;
}

/** A finding as stored, its shared fields interned by `intern`. */
function stored(f: Omit<Finding, 'text'>, intern: (value: string) => number): StoredFinding {
  const optional = (value: string | undefined) => (value === undefined ? -1 : intern(value));
  const row: StoredFinding = [
    intern(f.ruleId),
    intern(f.category),
    intern(f.severity),
    intern(f.message),
    optional(f.reason),
    optional(f.decision),
    f.offset,
    f.endOffset,
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
    optional(f.title),
    optional(f.docs),
    optional(f.rules?.join(' ')),
  ];
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

  get(filePath: string, hash: string, source: string, fixes = false): FileResult | undefined {
    return lookupCached(this.data.entries, filePath, hash, source, fixes);
  }

  /** `extras`: what entry-extras.ts sealed of the result (texts, pointers, fix suggestions). */
  set(result: FileResult, hash: string, extras?: string, imageDeps?: string): void {
    const intern = (this.interned ??= interner(this.data.entries.strings));
    this.data.entries.files[result.filePath] = {
      hash,
      findings: result.findings.map((f) => stored(f, intern)),
      ...(result.fatal ? { fatal: result.fatal } : {}),
      ...(result.notes ? { notes: result.notes } : {}),
      ...(result.suppressed ? { suppressed: result.suppressed } : {}),
      ...(result.suppressions ? { suppressions: result.suppressions } : {}),
      ...(extras ? { extras } : {}),
      ...(imageDeps ? { imageDeps } : {}),
    };
    this.dirty = true;
  }

  /** Sealed image analyses made by a run (see images/seal.ts). */
  setImages(sealed: Record<string, string>): void {
    const images = (this.data.entries.images ??= {});
    for (const [key, value] of Object.entries(sealed)) images[key] = value;
    this.dirty = true;
  }

  /**
   * Writes the cache when anything changed. A failure is returned, not
   * thrown: the run's report is still worth printing, and a missing cache
   * only makes the next run slower.
   */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      writeFileAtomic(this.location, JSON.stringify({ ...this.data, entries: compacted(this.data.entries) }), '.');
      return undefined;
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      return `--cache: ${err.message}; the results were not cached, so the next run lints these files again`;
    }
  }
}
