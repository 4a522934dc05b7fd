import type { FileResult, LintReport, Severity, Summary, Suppression } from '../model/types.js';

/**
 * One run as the audit log keeps it: what was checked (each file's path and
 * content hash), under which rules and config (their hashes), what came
 * out (counts by severity, every suppression and why, the exit code). It
 * never holds a matched text or any text of a post.
 */
export interface AuditRecord {
  v: 1;
  time: string;
  tool: string;
  /** Hash of phi-lint's version, its built-in rules and data, and added packs. */
  rules: string;
  /** Hash of the effective settings of the files (configs, severities, allowlists, packs they extend, consent registry). */
  config: string;
  exitCode: number;
  summary: Summary;
  files: AuditFile[];
  suppressions: AuditSuppression[];
}

export interface AuditFile {
  path: string;
  /** SHA-256 of the post's text; null for a file too large to hash or unreadable. */
  sha256: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** Set when the file could not be read or parsed completely. */
  fatal?: true;
}

/** A suppression with the file it was in. */
export type AuditSuppression = { file: string } & Suppression;

const count = (file: FileResult, severity: Severity) => file.findings.filter((f) => f.severity === severity).length;

function auditFile(file: FileResult): AuditFile {
  return {
    path: file.filePath,
    sha256: file.contentHash ?? null,
    errors: count(file, 'error'),
    warnings: count(file, 'warning'),
    infos: count(file, 'info'),
    ...(file.fatal?.length ? { fatal: true as const } : {}),
  };
}

export interface RunFacts {
  time: Date;
  version: string;
  rules: string;
  config: string;
  exitCode: number;
}

/** The record of a run; fields are picked one by one, so nothing else a result carries (texts, messages) can slip in. */
export function auditRecord(report: LintReport, facts: RunFacts): AuditRecord {
  return {
    v: 1,
    time: facts.time.toISOString(),
    tool: `phi-lint ${facts.version}`,
    rules: facts.rules,
    config: facts.config,
    exitCode: facts.exitCode,
    summary: { files: report.summary.files, errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos, fatal: report.summary.fatal },
    files: report.files.map(auditFile),
    suppressions: report.files.flatMap((file) =>
      (file.suppressions ?? []).map((s): AuditSuppression => ({
        file: file.filePath,
        by: s.by,
        ruleId: s.ruleId,
        line: s.line,
        column: s.column,
        ...(s.reason ? { reason: s.reason } : {}),
        ...(s.consent ? { consent: s.consent } : {}),
      })),
    ),
  };
}
