import type { Finding } from '../model/types.js';
import type { Directive } from './directive-syntax.js';
import { JSON_DIRECTIVE_KEY } from './directives-find.js';
import type { Problem } from './problem.js';

export const DIRECTIVE_RULES = {
  missingReason: 'phi-lint/directive-without-reason',
  unused: 'phi-lint/unused-directive',
  invalid: 'phi-lint/invalid-directive',
} as const;

export interface DirectiveOptions {
  requireReason: boolean;
  /** Every rule loaded for the file (including ones switched off). */
  knownRuleIds: ReadonlySet<string>;
}

const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
const label = (d: Directive) => (d.kind === 'disable-object' ? `"${JSON_DIRECTIVE_KEY}" field` : `phi-lint-${d.kind}`);
const scope = (d: Directive) =>
  d.kind === 'disable-next-line' ? 'on the next line' : d.kind === 'disable-object' ? 'in this object' : 'in this block';
const quoted = (ids: string[]) => ids.map((r) => `"${r}"`).join(', ');
const within = (pointer: string | undefined, object: string | undefined) =>
  pointer !== undefined && object !== undefined && (pointer + '/').startsWith(object + '/');

/** A rule id as packs write them ("identifiers/mrn"); a word of a reason rarely has a "/". */
const RULE_ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)+$/;

/**
 * Names an unknown rule only when it looks like a mistyped rule id, and only
 * the first: words that are no rule id are usually a reason written without
 * its "--", and may name the patient it is about.
 */
function unknownRules(d: Directive, unknown: string[]): string {
  if (unknown.every((r) => RULE_ID.test(r)) && (d.reason || unknown.length === 1)) {
    return `Unknown rule "${unknown[0]}"${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''} in ${label(d)}`;
  }
  const words = unknown.length === 1 ? '1 word that is not a rule id' : `${unknown.length} words that are not rule ids`;
  const how = d.kind === 'disable-object' ? 'list only rule ids in "rules" and put the reason in "reason"' : `the reason must follow "--" (${label(d)} RULE -- reason)`;
  return `${label(d)} names ${words}: ${how}`;
}

/** The block directive (phi-lint-disable ... phi-lint-enable) in force for a finding, if any. */
function openBlock(blocks: Directive[], f: Finding): Directive | undefined {
  let by: Directive | undefined;
  for (const d of blocks) {
    if (d.offset >= f.offset) break;
    if (applies(d, f.ruleId)) by = d.kind === 'disable' ? d : undefined;
  }
  return by;
}

/** phi-lint-enable directives that close no open phi-lint-disable. */
function idleEnables(blocks: Directive[]): Directive[] {
  let open: Directive[] = [];
  const idle: Directive[] = [];
  for (const d of blocks) {
    if (d.kind === 'disable') open.push(d);
    else {
      const closes = (o: Directive) => !d.rules.length || !o.rules.length || o.rules.some((r) => d.rules.includes(r));
      if (!open.some(closes)) idle.push(d);
      open = d.rules.length ? open.filter((o) => !o.rules.length || o.rules.some((r) => !d.rules.includes(r))) : [];
    }
  }
  return idle;
}

/**
 * Suppresses the findings that valid directives cover. A malformed
 * directive, one naming an unknown rule or one without a required reason
 * suppresses nothing and is an error; one that suppresses nothing is a
 * warning, so stale exemptions do not pile up.
 */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  options: DirectiveOptions,
): { findings: Finding[]; problems: Problem[]; suppressedBy: [Finding, Directive][] } {
  const problems: Problem[] = [];
  const suppressedBy: [Finding, Directive][] = [];
  const report = (d: Directive, ruleId: string, severity: Problem['severity'], message: string) =>
    problems.push({ ruleId, category: 'directive', severity, message, offset: d.offset, endOffset: d.endOffset });
  const active = directives.filter((d) => {
    const unknown = d.rules.filter((r) => !options.knownRuleIds.has(r));
    if (d.problem) report(d, DIRECTIVE_RULES.invalid, 'error', `${d.problem}; it suppresses nothing.`);
    else if (unknown.length) report(d, DIRECTIVE_RULES.invalid, 'error', `${unknownRules(d, unknown)}; it suppresses nothing.`);
    else if (!d.reason && options.requireReason && d.kind !== 'enable') {
      const how = d.kind === 'disable-object' ? 'a "reason"' : 'a reason after "--"';
      report(d, DIRECTIVE_RULES.missingReason, 'error', `${label(d)} needs ${how} saying why this is safe to publish; it suppresses nothing until it has one.`);
    } else return true;
    return false;
  });
  const used = new Map(active.map((d) => [d, new Set<string>()]));
  const blocks = active.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const kept = findings.filter((f) => {
    // A directive's own words (its reason is scanned) are never a hiding place.
    if (directives.some((d) => f.offset >= d.offset && f.offset < d.endOffset)) return true;
    const by =
      active.find((d) => applies(d, f.ruleId) && (d.kind === 'disable-next-line' ? d.line === f.line : d.kind === 'disable-object' && within(f.pointer, d.pointer))) ??
      openBlock(blocks, f);
    if (!by) return true;
    used.get(by)!.add(f.ruleId);
    suppressedBy.push([f, by]);
    return false;
  });
  for (const d of active) {
    if (d.kind === 'enable') continue;
    const hit = used.get(d)!;
    const idle = d.rules.filter((r) => !hit.has(r));
    if (!hit.size) report(d, DIRECTIVE_RULES.unused, 'warning', `Unused ${label(d)}: nothing was reported ${scope(d)}; remove it.`);
    else if (idle.length) report(d, DIRECTIVE_RULES.unused, 'warning', `Unused rule ${quoted(idle)} in ${label(d)}: nothing from it was reported ${scope(d)}.`);
  }
  for (const d of idleEnables(blocks)) report(d, DIRECTIVE_RULES.unused, 'warning', 'Unused phi-lint-enable: no phi-lint-disable before it is open.');
  return { findings: kept, problems, suppressedBy };
}
