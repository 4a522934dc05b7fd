import path from 'node:path';
import type { ConfigResolver } from '../config/resolve.js';
import type { LintReport } from '../model/types.js';
import { VERSION } from '../lib/version.js';
import { configFingerprint, rulesFingerprint } from '../run/fingerprint.js';
import { chainKey, verifyKeys } from './key.js';
import { appendRecord, readLog } from './log.js';
import { auditRecord } from './record.js';
import { parseRecords, summarizeLog, type AuditSummary } from './show.js';
import { verifyLines, type Verified } from './verify.js';

/** What the audit commands need besides the log: where paths start, the config (for baselineKey) and the environment (for the key). */
export interface AuditContext {
  cwd: string;
  resolver: ConfigResolver;
  env: Record<string, string | undefined>;
  rulePacks?: string[];
}


const configKey = (ctx: AuditContext) => ctx.resolver.mergedAtCwd().baselineKey;

/** Appends the run's record to `file` (relative to cwd, or absolute); returns its run number. */
export function recordRun(report: LintReport, exitCode: number, file: string, ctx: AuditContext, time = new Date()): number {
  const settings = report.files.map((f) => ctx.resolver.settingsFor(f.filePath));
  const record = auditRecord(report, {
    time,
    version: VERSION,
    rules: rulesFingerprint({ rulePacks: ctx.rulePacks }, ctx.cwd),
    config: configFingerprint(settings),
    exitCode,
  });
  return appendRecord(path.resolve(ctx.cwd, file), record, chainKey(ctx.env, configKey(ctx)), ctx.resolver.show(path.resolve(ctx.cwd, file)));
}

export function verifyLog(file: string, ctx: AuditContext): Verified {
  const abs = path.resolve(ctx.cwd, file);
  return verifyLines(readLog(abs, ctx.resolver.show(abs)), verifyKeys(ctx.env, configKey(ctx)));
}

export function showLog(file: string, ctx: AuditContext): AuditSummary {
  const abs = path.resolve(ctx.cwd, file);
  const text = readLog(abs, ctx.resolver.show(abs));
  return summarizeLog(parseRecords(text), verifyLines(text, verifyKeys(ctx.env, configKey(ctx))));
}
