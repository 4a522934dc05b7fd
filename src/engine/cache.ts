import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/write-file.js';
import type { FileResult, Finding } from '../types.js';

/** What the cache keeps of a finding: everything but the matched text (no raw PHI on disk). */
type CachedFinding = Omit<Finding, 'text'>;

interface CacheFile {
  version: 1;
  /** Tool version + rule/config hash: any change empties the cache. */
  key: string;
  entries: Record<string, { hash: string; findings: CachedFinding[]; fatal?: string[] }>;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Results per file, keyed by a hash of the file's content. A hit restores the
 * matched text from the file itself, so the cache never stores it.
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

  get(filePath: string, hash: string, source: string): FileResult | undefined {
    const entry = this.data.entries[filePath];
    if (!entry || entry.hash !== hash) return undefined;
    const findings = entry.findings.map((f) => ({ ...f, text: source.slice(f.offset, f.endOffset) }));
    return { filePath, findings, ...(entry.fatal ? { fatal: entry.fatal } : {}) };
  }

  set(result: FileResult, hash: string): void {
    const findings = result.findings.map(({ text: _text, ...rest }) => rest);
    this.data.entries[result.filePath] = { hash, findings, ...(result.fatal ? { fatal: result.fatal } : {}) };
    this.dirty = true;
  }

  save(): void {
    if (this.dirty) writeFileAtomic(this.location, JSON.stringify(this.data), '.');
  }
}
