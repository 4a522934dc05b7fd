import { inertLine } from '../report/formatters/shared.js';
import type { AuditRecord } from './record.js';
import type { Verified } from './verify.js';

/** `phi-lint audit show`: what a log holds, summed up for a reader (text) or a script (JSON). */

export interface AuditSummary {
  runs: number;
  first: string | null;
  last: string | null;
  /** How many runs ended with each exit code. */
  exitCodes: Record<string, number>;
  files: { distinct: number; checks: number; errors: number; warnings: number; infos: number };
  suppressions: { total: number; byKind: Record<string, number>; byReason: { by: string; reason: string; count: number }[] };
  chain: { intact: boolean; head: string; keyed: number; problem?: string };
}

type Partial = Pick<AuditRecord, 'time' | 'exitCode' | 'files' | 'suppressions'>;

/** Records that parse; a line that does not is left to the chain's verdict. */
export function parseRecords(text: string): Partial[] {
  return text.split('\n').flatMap((line) => {
    try {
      const r = JSON.parse(line) as Partial;
      return r && typeof r === 'object' && Array.isArray(r.files) ? [r] : [];
    } catch {
      return [];
    }
  });
}

export function summarizeLog(records: Partial[], verified: Verified): AuditSummary {
  const exitCodes: Record<string, number> = {};
  const paths = new Set<string>();
  const files = { distinct: 0, checks: 0, errors: 0, warnings: 0, infos: 0 };
  const byKind: Record<string, number> = {};
  const reasons = new Map<string, { by: string; reason: string; count: number }>();
  for (const r of records) {
    exitCodes[r.exitCode] = (exitCodes[r.exitCode] ?? 0) + 1;
    for (const f of r.files) {
      paths.add(f.path);
      files.checks++;
      files.errors += f.errors;
      files.warnings += f.warnings;
      files.infos += f.infos;
    }
    for (const s of r.suppressions ?? []) {
      byKind[s.by] = (byKind[s.by] ?? 0) + 1;
      const reason = s.consent ? `consent ${s.consent}` : (s.reason ?? '(no reason given)');
      const key = `${s.by}\0${reason}`;
      const entry = reasons.get(key) ?? { by: s.by, reason, count: 0 };
      entry.count++;
      reasons.set(key, entry);
    }
  }
  files.distinct = paths.size;
  const byReason = [...reasons.values()].sort((a, b) => b.count - a.count || a.by.localeCompare(b.by) || a.reason.localeCompare(b.reason));
  const { broken } = verified;
  return {
    runs: records.length,
    first: records[0]?.time ?? null,
    last: records.at(-1)?.time ?? null,
    exitCodes,
    files,
    suppressions: { total: byReason.reduce((n, r) => n + r.count, 0), byKind, byReason },
    chain: { intact: !broken, head: verified.head, keyed: verified.keyed, ...(broken ? { problem: `line ${broken.line} ${broken.message}` } : {}) },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(display: string, s: AuditSummary): string {
  const lines = [`${inertLine(display)}: ${plural(s.runs, 'run')}${s.first ? `, ${s.first} to ${s.last}` : ''}`];
  const chain = s.chain.intact ? `intact (${s.chain.keyed ? `${s.chain.keyed} keyed with HMAC-SHA256` : 'SHA-256, no key'}), last hash ${s.chain.head}` : `BROKEN: ${s.chain.problem}`;
  lines.push(`  chain:        ${chain}`);
  const codes = Object.entries(s.exitCodes).map(([code, n]) => `${code}: ${plural(n, 'run')}`);
  lines.push(`  exit codes:   ${codes.join(', ') || 'none'}`);
  const f = s.files;
  lines.push(`  files:        ${f.distinct} distinct, checked ${plural(f.checks, 'time')} (${plural(f.errors, 'error')}, ${plural(f.warnings, 'warning')}, ${plural(f.infos, 'info')})`);
  const kinds = Object.entries(s.suppressions.byKind).map(([by, n]) => `${by} ${n}`);
  lines.push(`  suppressions: ${s.suppressions.total}${kinds.length ? ` (${kinds.join(', ')})` : ''}`);
  const width = Math.max(0, ...s.suppressions.byReason.map((r) => r.by.length));
  for (const r of s.suppressions.byReason) lines.push(`    ${r.by.padEnd(width)}  ${String(r.count).padStart(4)}  ${inertLine(r.reason)}`);
  return lines.join('\n') + '\n';
}
