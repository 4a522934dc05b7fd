import type { RequireApproval } from '../config/schema.js';
import { APPROVAL_RULE, type FileResult } from '../model/types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Why a post needs an approval under `requireApproval`, or undefined when it
 * does not. The levels nest: `consent` asks it of posts whose findings a
 * consent record covered, `warnings` also of posts with warnings or errors,
 * `always` of every post.
 */
export function needsApproval(result: FileResult, mode: RequireApproval): string | undefined {
  const consents = [...new Set((result.suppressions ?? []).flatMap((s) => (s.by === 'consent' && s.consent ? [s.consent] : [])))];
  if (consents.length) return `it relies on consent ${consents.join(', ')}`;
  if (mode === 'consent') return undefined;
  const found = result.findings.filter((f) => f.ruleId !== APPROVAL_RULE);
  const errors = found.filter((f) => f.severity === 'error').length;
  const warnings = found.filter((f) => f.severity === 'warning').length;
  if (errors || warnings) return `it has ${[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ')}`;
  return mode === 'always' ? 'every post needs one (requireApproval: always)' : undefined;
}
