import type { FileSettings } from './resolve.js';

/** A rule's effective severity as the README's rule table writes it. */
function severityOf(settings: FileSettings, id: string): string {
  const rule = settings.rules.find((r) => r.spec.id === id);
  if (!rule) return 'off';
  const { severity, link, unlinked } = rule.spec;
  // A configured severity holds in every context (config/rules.ts).
  return link === 'person' && !rule.configured ? `${severity} (${unlinked} without a patient link)` : severity;
}

/** What `--print-config <file>` shows: the merged settings for that file. The baselineKey is never printed. */
export function printableConfig(settings: FileSettings, show: (abs: string) => string): Record<string, unknown> {
  const { merged } = settings;
  return {
    configFiles: merged.configFiles,
    ignored: merged.ignored,
    extensions: merged.extensions,
    packs: [...new Set(settings.allRules.map((r) => r.pack))],
    rules: Object.fromEntries(settings.allRules.map((r) => [r.spec.id, severityOf(settings, r.spec.id)])),
    allow: merged.allow.map((a) => a.value),
    inlineConfig: settings.inlineConfig,
    requireReason: merged.requireReason,
    consentRegistry: merged.consentRegistry ? show(merged.consentRegistry) : null,
    baselineKey: merged.baselineKey ? '(set)' : null,
    auditLog: merged.auditLog ? show(merged.auditLog) : null,
    requireApproval: merged.requireApproval ?? null,
    approvals: merged.approvals ? show(merged.approvals) : null,
    images: settings.images,
  };
}
