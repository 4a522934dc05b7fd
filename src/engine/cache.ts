import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/write-file.js';
import type { FileResult, Finding } from '../types.js';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What the cache keeps of a finding: everything but the matched text (no raw PHI on disk). */
type CachedFinding = Omit<Finding, 'text'>;

/** Cached results by file path; `hash` covers the file's text and its settings. */
export type CacheEntries = Record<string, { hash: string; findings: CachedFinding[]; fatal?: string[]; notes?: string[] }>;

interface CacheFile {
  version: 1;
  /** Tool version and rule packs: any change empties the cache. */
  key: string;
  entries: CacheEntries;
}

/** A cached result for this exact text, with each matched text restored from the text itself. */
export function lookupCached(entries: CacheEntries, filePath: string, hash: string, source: string): FileResult | undefined {
  const entry = Object.hasOwn(entries, filePath) ? entries[filePath] : undefined;
  if (!entry || entry.hash !== hash) return undefined;
  const findings = entry.findings.map((f) => ({ ...f, text: source.slice(f.offset, f.endOffset) }));
  return { filePath, findings, ...(entry.fatal ? { fatal: entry.fatal } : {}), ...(entry.notes ? { notes: entry.notes } : {}) };
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

  constructor(private readonly location: string, key: string) {
    this.data = { version: 1, key, entries: {} };
    if (!existsSync(location)) return;
    try {
      const loaded = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (loaded.version === 1 && loaded.key === key && loaded.entries) this.data = loaded;
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
    const findings = result.findings.map(({ text: _text, ...rest }) => rest);
    this.data.entries[result.filePath] = {
      hash,
      findings,
      ...(result.fatal ? { fatal: result.fatal } : {}),
      ...(result.notes ? { notes: result.notes } : {}),
    };
    this.dirty = true;
  }

  save(): void {
    if (this.dirty) writeFileAtomic(this.location, JSON.stringify(this.data), '.');
  }
}
