import { RANK } from '../model/findings.js';
import type { CompiledRule } from '../model/rule.js';
import type { Severity } from '../model/types.js';
import type { Sourced } from './merge.js';
import type { SeveritySetting } from './schema.js';

export function toSeverity(setting: SeveritySetting): Severity | 'off' {
  return setting === 'warn' ? 'warning' : setting;
}

/**
 * Applies `rules:` settings before detection: an "off" rule never runs (so
 * switching off the name rule also skips the NLP model), any other setting
 * replaces the rule's severity. A person-linked rule keeps its lower
 * severity for findings without a patient link, capped at the new one.
 */
export function applyRuleSettings(rules: CompiledRule[], settings: Map<string, Sourced<SeveritySetting>>): CompiledRule[] {
  if (!settings.size) return rules;
  return rules.flatMap((rule) => {
    const setting = settings.get(rule.spec.id);
    if (!setting) return [rule];
    const severity = toSeverity(setting.value);
    if (severity === 'off') return [];
    const unlinked = rule.spec.unlinked === 'off' || RANK[rule.spec.unlinked] <= RANK[severity] ? rule.spec.unlinked : severity;
    return [{ ...rule, spec: { ...rule.spec, severity, unlinked } }];
  });
}

/** Rule ids named in settings that no loaded pack defines: `file:line:col: unknown rule "..."`. */
export function unknownRuleProblems(known: ReadonlySet<string>, named: Iterable<Sourced<string>>): string[] {
  const problems: string[] = [];
  for (const { value, where } of named) {
    if (!known.has(value)) problems.push(`${where}: unknown rule "${value}" (no loaded rule pack defines it)`);
  }
  return problems;
}
