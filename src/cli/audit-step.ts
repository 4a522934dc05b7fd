import { recordAudit, type AuditOptions } from '../api.js';
import { ConfigResolver } from '../config/resolve.js';
import { errorReport } from '../lib/errors.js';
import type { LintReport } from '../model/types.js';
import type { CliIo } from './io.js';

/**
 * `--audit-log <file>` or the config's `auditLog:`: appends the run's
 * record (report before masking: the record holds no text either way).
 * Returns the run's exit code, or 2 when the record could not be written:
 * a check that leaves no record must not pass as one that does.
 */
export function auditStep(report: LintReport, exitCode: number, options: AuditOptions & { auditLog?: string }, io: CliIo): number {
  const { auditLog, ...rest } = options;
  const ruleOptions = { ...rest, cwd: io.cwd, env: io.env };
  const file = auditLog ?? new ConfigResolver({ ...ruleOptions, cwd: io.cwd }).mergedAtCwd().auditLog;
  if (!file) return exitCode;
  try {
    recordAudit(report, exitCode, file, ruleOptions);
    return exitCode;
  } catch (err) {
    io.stderr.write(errorReport(err, false));
    return 2;
  }
}
