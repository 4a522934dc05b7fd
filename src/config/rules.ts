import { closestId } from '../lib/did-you-mean.js';
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
 * is the severity of every finding the rule reports, whatever the context:
 * `identifiers/person-name: error` makes a name with no patient link an
 * error too (ESLint's meaning of a rule's severity). What the context model
 * drops (a person-linked rule with `unlinked: off`, an eponym, the
 * organisation's own site) stays dropped: a setting changes how loud a
 * finding is, never what is found.
 */
export function applyRuleSettings(rules: CompiledRule[], settings: Map<string, Sourced<SeveritySetting>>): CompiledRule[] {
  if (!settings.size) return rules;
  return rules.flatMap((rule) => {
    const setting = settings.get(rule.spec.id);
    if (!setting) return [rule];
    const severity = toSeverity(setting.value);
    if (severity === 'off') return [];
    const unlinked = rule.spec.unlinked === 'off' ? 'off' : severity;
    return [{ ...rule, configured: severity, spec: { ...rule.spec, severity, unlinked } }];
  });
}

/** Rule ids named in settings that no loaded pack defines: `file:line:col: unknown rule "..." (did you mean "..."?)`. */
export function unknownRuleProblems(known: ReadonlySet<string>, named: Iterable<Sourced<string>>): string[] {
  const problems: string[] = [];
  for (const { value, where } of named) {
    if (known.has(value)) continue;
    const near = closestId(value, [...known]);
    problems.push(`${where}: unknown rule "${value}" (${near ? `did you mean "${near}"?` : 'no loaded rule pack defines it'})`);
  }
  return problems;
}
