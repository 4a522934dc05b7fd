import { createHmac } from 'node:crypto';
import { APPROVAL_RULE, type FileResult, type Finding, type Span, type Suppression } from '../model/types.js';
import { normalizeMatch } from './normalize.js';

/**
 * One accepted finding: the file (relative to the baseline file), the rule,
 * an HMAC of the normalised matched text, and how many times it occurs. No
 * line numbers (edits above it must not break it) and no text.
 */
export interface BaselineEntry {
  file: string;
  ruleId: string;
  hash: string;
  count: number;
}

/** HMAC-SHA256 of the normalised match: equal values meet, the value cannot be read back without the key. */
export function matchHash(f: Finding, key: Uint8Array): string {
  return createHmac('sha256', key).update(normalizeMatch(f.text, f.category)).digest('hex');
}

/**
 * Only findings that can fail the gate are baselined; infos never block anything.
 * A missing approval is never baselined: its text is empty, so an entry would
 * outlive every edit of the post that approval is meant to catch.
 */
const gated = (f: Finding) => f.severity !== 'info' && f.ruleId !== APPROVAL_RULE;
const id = (file: string, ruleId: string, hash: string) => `${file}\0${ruleId}\0${hash}`;

export function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.hash.localeCompare(b.hash));
}

/** Entries for the current findings; `fileKey` turns a report path into a baseline path. */
export function entriesFor(files: FileResult[], key: Uint8Array, fileKey: (filePath: string) => string): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>();
  for (const file of files) {
    for (const f of file.findings.filter(gated)) {
      const entry = { file: fileKey(file.filePath), ruleId: f.ruleId, hash: matchHash(f, key), count: 1 };
      const seen = entries.get(id(entry.file, entry.ruleId, entry.hash));
      if (seen) seen.count++;
      else entries.set(id(entry.file, entry.ruleId, entry.hash), entry);
    }
  }
  return sortEntries([...entries.values()]);
}

export interface Applied {
  files: FileResult[];
  /** What each entry of a linted file still matched (for --prune-baseline). */
  used: BaselineEntry[];
  /** Entries of linted files that matched fewer findings than their count. */
  stale: BaselineEntry[];
  suppressed: number;
}

/** Drops baselined findings, each entry at most `count` times; a new occurrence of a baselined value is still reported. */
export function applyBaseline(files: FileResult[], entries: BaselineEntry[], key: Uint8Array, fileKey: (filePath: string) => string, display?: string): Applied {
  const left = new Map(entries.map((e) => [id(e.file, e.ruleId, e.hash), { ...e }]));
  let suppressed = 0;
  const out = files.map((file) => {
    const at = fileKey(file.filePath);
    const findings = file.findings.filter((f) => {
      const entry = gated(f) ? left.get(id(at, f.ruleId, matchHash(f, key))) : undefined;
      if (!entry?.count) return true;
      entry.count--;
      suppressed++;
      return false;
    });
    const spans = [...(file.suppressed ?? []), ...droppedSpans(file.findings, findings)];
    const kept = new Set(findings);
    const records = file.findings
      .filter((f) => !kept.has(f))
      .map((f): Suppression => ({ by: 'baseline', ruleId: f.ruleId, line: f.line, column: f.column, ...(display ? { reason: `accepted in ${display}` } : {}) }));
    const suppressions = [...(file.suppressions ?? []), ...records];
    return { ...file, findings, ...(spans.length ? { suppressed: spans } : {}), ...(suppressions.length ? { suppressions } : {}) };
  });
  const linted = new Set(files.map((f) => fileKey(f.filePath)));
  const mine = entries.filter((e) => linted.has(e.file));
  const remaining = (e: BaselineEntry) => left.get(id(e.file, e.ruleId, e.hash))!.count;
  return {
    files: out,
    used: mine.map((e) => ({ ...e, count: e.count - remaining(e) })).filter((e) => e.count > 0),
    stale: mine.filter((e) => remaining(e) > 0),
    suppressed,
  };
}

/** The spans of the findings `kept` no longer holds (the suppress filters keep the same objects), for masking. */
export function droppedSpans(all: Finding[], kept: Finding[]): Span[] {
  const left = new Set(kept);
  return all.filter((f) => !left.has(f)).map((f) => ({ offset: f.offset, endOffset: f.endOffset }));
}
