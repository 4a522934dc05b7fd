import path from 'node:path';
import type { ConfigResolver } from '../config/resolve.js';
import { sortFindings } from '../model/findings.js';
import { APPROVAL_RULE, type FileResult, type Finding } from '../model/types.js';
import { DEFAULT_APPROVALS, postKey, readApprovals, type Approval } from './file.js';
import { needsApproval } from './needs.js';

export interface ApprovalContext {
  cwd: string;
  resolver: ConfigResolver;
}

/** Where a file's approvals are kept: its config's `approvals`, else .phi-lint/approvals.jsonl in the working directory. */
export const approvalsFileFor = (resolver: ConfigResolver, cwd: string, filePath: string): string =>
  resolver.settingsFor(filePath).merged.approvals ?? path.resolve(cwd, DEFAULT_APPROVALS);

/** The approval/missing finding: at the top of the post, with no text (nothing of the post is quoted). */
function missing(rule: Finding['ruleId'], spec: { category: string; severity: Finding['severity']; message: string }, reason: string): Finding {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
  return { ruleId: rule, category: spec.category, severity: spec.severity, message: `${spec.message.trim()} (${reason})`, reason, text: '', ...at };
}

/**
 * The run's approvals step (after the suppress stage, before the baseline):
 * a post that its config's `requireApproval` says needs an approval, and
 * that has none for its current text, gets an approval/missing finding; an
 * approval of an earlier text of the same post is named as stale. An
 * approval is for a text: it matches whatever post has that content hash.
 */
export function withApprovals(files: FileResult[], ctx: ApprovalContext): FileResult[] {
  const loaded = new Map<string, Approval[]>();
  const approvalsIn = (file: string) => {
    let list = loaded.get(file);
    if (!list) loaded.set(file, (list = readApprovals(file, ctx.resolver.show(file))));
    return list;
  };
  return files.map((file) => {
    if (file.fatal?.length) return file;
    const settings = ctx.resolver.settingsFor(file.filePath);
    const mode = settings.merged.requireApproval;
    const rule = mode && settings.rules.find((r) => r.spec.id === APPROVAL_RULE);
    const why = rule && needsApproval(file, mode);
    if (!rule || !why) return file;
    const store = approvalsFileFor(ctx.resolver, ctx.cwd, file.filePath);
    const approvals = approvalsIn(store);
    if (file.contentHash && approvals.some((a) => a.sha256 === file.contentHash)) return file;
    const key = postKey(store, path.resolve(ctx.cwd, file.filePath));
    const earlier = approvals.filter((a) => a.post === key).at(-1);
    const reason = earlier
      ? `${why}; the approval by ${earlier.by} on ${earlier.time.slice(0, 10)} is stale: the post changed since`
      : `${why}; no approval is recorded for its current text`;
    return { ...file, findings: sortFindings([missing(APPROVAL_RULE, rule.spec, reason), ...file.findings]) };
  });
}
