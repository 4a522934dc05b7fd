import { sortFindings } from '../model/findings.js';
import type { LineIndex } from '../text/positions.js';
import { CONTENT_CATEGORIES, type Finding, type Segment, type Span, type Suppression } from '../model/types.js';
import { applyAllowlist, type AllowTest } from './allowlist.js';
import { droppedSpans } from './baseline.js';
import { applyConsent, findConsent, type ConsentDeclaration } from './consent.js';
import type { ConsentRegistry } from './consent-registry.js';
import type { Directive } from './directive-syntax.js';
import { applyDirectives } from './directives.js';
import { findDirectives } from './directives-find.js';
import { problemFinding } from './problem.js';
import { suppressionRecords } from './records.js';

/** What the suppress stage needs to know about one file (from its config). */
export interface SuppressSettings {
  allow: AllowTest;
  /** False with --no-inline-config: directives are ordinary comments. */
  inlineConfig: boolean;
  requireReason: boolean;
  knownRuleIds: ReadonlySet<string>;
  /** The consent registry, undefined when none is configured; only called for posts that declare consent. */
  consentRegistry: () => ConsentRegistry | undefined;
  /** YYYY-MM-DD, for consent expiry. */
  today: string;
  /** Where each allow entry is written (`file:line:col`), in `allow` order: the audit log names it. */
  allowWhere?: string[];
}

export interface Prepared {
  /** Segments to scan: directive text taken out. */
  segments: Segment[];
  directives: Directive[];
  consent: ConsentDeclaration[];
}

/** Before detection: find directives and consent declarations; directive words are not scanned. */
export function prepareSuppression(source: string, filePath: string, segments: Segment[], lines: LineIndex, settings: SuppressSettings): Prepared {
  const found = settings.inlineConfig ? findDirectives(source, filePath, segments, lines) : { directives: [], segments };
  return { ...found, consent: findConsent(source, found.segments) };
}

/** What the suppress stage keeps, and the spans it dropped (masked like findings where the source is shown). */
export interface Suppressed {
  findings: Finding[];
  suppressed: Span[];
  /** What was taken out or lowered, by what and why (no matched text). */
  records: Suppression[];
}

/**
 * After detection and decision, before masking: allowlist, then inline
 * directives, then consent. (The baseline works across files: see baseline.ts.)
 */
export function suppress(findings: Finding[], prepared: Prepared, source: string, lines: LineIndex, settings: SuppressSettings): Suppressed {
  const allowed = applyAllowlist(findings, source, settings.allow);
  const directed = applyDirectives(allowed, prepared.directives, settings);
  const consented = prepared.consent.length
    ? applyConsent(directed.findings, { declarations: prepared.consent, registry: settings.consentRegistry(), today: settings.today })
    : { findings: directed.findings, problems: [] };
  const problems = [...directed.problems, ...consented.problems].map((p) => problemFinding(p, lines));
  const kept = new Set(allowed);
  const records = suppressionRecords({
    all: findings,
    allowed: findings.filter((f) => !kept.has(f)).map((finding) => ({ finding, where: settings.allowWhere?.[settings.allow.which?.(finding, source) ?? -1] })),
    directed: directed.suppressedBy,
    consented: consented.covered ?? [],
  });
  return { findings: sortFindings([...withoutLoneCareDetails(consented.findings), ...problems]), suppressed: droppedSpans(findings, directed.findings), records };
}

/**
 * A care detail is shown only beside an identifier's error (decide/decide.ts):
 * once an allowlist, a directive or a consent has taken every such error
 * away, the care details go too.
 */
function withoutLoneCareDetails(findings: Finding[]): Finding[] {
  const careDetail = (f: Finding) => f.ruleId === 'context/care-detail';
  // As decide() counts them: any error but a care detail, advice or a claim (a pack's own categories count).
  const phiError = findings.some((f) => f.severity === 'error' && !careDetail(f) && !(CONTENT_CATEGORIES as readonly string[]).includes(f.category));
  return phiError ? findings : findings.filter((f) => !careDetail(f));
}
