import { sourceEnd, sourceOffset } from '../formats/index.js';
import { CONTENT_CATEGORIES, type Finding, type Segment } from '../model/types.js';
import { NEVER_COVERED, type ConsentRecord, type ConsentRegistry } from './consent-registry.js';
import { comparesDigits, normalizeMatch } from './normalize.js';
import type { Problem } from './problem.js';

export const CONSENT_RULE = 'phi-lint/consent';

/** A post's `consent:` value and where it is written. */
export interface ConsentDeclaration {
  id: string;
  offset: number;
  endOffset: number;
}

/** `consent: AUTH-2026-014` (or a list) in Markdown front matter; a top-level "consent" string (or list) in JSON. */
export function findConsent(source: string, segments: Segment[]): ConsentDeclaration[] {
  return segments
    .filter((s) => (s.kind === 'frontmatter' && /^consent(\.\d+)?$/.test(s.key ?? '')) || (s.kind === 'json-string' && /^\/consent(\/\d+)?$/.test(s.pointer ?? '')))
    .map((s) => ({ id: s.text.trim(), offset: sourceOffset(s, 0), endOffset: sourceEnd(source, s, s.text.length) }));
}

/** Advice and claims are no one's health information: a patient's consent has nothing to say about them. */
const notPhi = (f: Finding) => (CONTENT_CATEGORIES as readonly string[]).includes(f.category);

/** A record covers a finding by category or by value ("Gonzalez" is part of the value "Maria Gonzalez"). */
function covers(record: ConsentRecord, f: Finding): boolean {
  if ((NEVER_COVERED as readonly string[]).includes(f.category) || notPhi(f)) return false;
  if (record.covers.categories?.includes(f.category)) return true;
  const found = normalizeMatch(f.text, f.category);
  return !!record.covers.values?.some((v) => {
    const value = normalizeMatch(v, f.category);
    return value === found || (!comparesDigits(f.category) && found !== '' && ` ${value} `.includes(` ${found} `));
  });
}

export interface ConsentInput {
  declarations: ConsentDeclaration[];
  /** Undefined when no consentRegistry is configured. */
  registry: ConsentRegistry | undefined;
  /** YYYY-MM-DD; a record is valid through its `expires` day. */
  today: string;
}

/**
 * Findings a valid consent covers drop to info and say so. An unknown or
 * expired consent, or one that leaves errors uncovered, is itself an error.
 * Messages name a registry's consent id only, never the declared value, the
 * person or the covered values.
 */
export function applyConsent(findings: Finding[], input: ConsentInput): { findings: Finding[]; problems: Problem[]; covered?: [Finding, string][] } {
  const problems: Problem[] = [];
  const report = (d: ConsentDeclaration, message: string) =>
    problems.push({ ruleId: CONSENT_RULE, category: 'consent', severity: 'error', message, offset: d.offset, endOffset: d.endOffset });
  const valid: { decl: ConsentDeclaration; record: ConsentRecord }[] = [];
  for (const decl of input.declarations) {
    const record = input.registry?.get(decl.id);
    // The declared value is whatever the author wrote (it may be a name): only a registry's own id is ever quoted.
    if (!input.registry) report(decl, 'This post declares a consent, but no consentRegistry is configured, so the consent cannot be checked.');
    else if (!record) report(decl, 'The consent this post declares is not in the consent registry: check the id, or record the authorization first.');
    else if (record.expires < input.today) report(decl, `Consent "${record.id}" expired on ${record.expires}: renew the authorization or remove the details it covered.`);
    else valid.push({ decl, record });
  }
  if (!valid.length) return { findings, problems };
  const ids = valid.map((v) => v.record.id).join(', ');
  const outside: Finding[] = [];
  const covered: [Finding, string][] = [];
  const out = findings.map((f) => {
    const by = valid.find((v) => covers(v.record, f));
    if (by) {
      const lowered = { ...f, severity: 'info' as const, reason: `covered by consent ${by.record.id}, expires ${by.record.expires}` };
      covered.push([lowered, by.record.id]);
      return lowered;
    }
    if (f.severity !== 'error' || notPhi(f)) return f;
    outside.push(f);
    return { ...f, reason: `${f.reason ? `${f.reason}; ` : ''}not covered by consent ${ids}` };
  });
  if (outside.length) {
    const categories = [...new Set(outside.map((f) => f.category))].join(', ');
    const n = outside.length === 1 ? '1 finding' : `${outside.length} findings`;
    report(valid[0].decl, `Consent ${ids} does not cover ${n} in this post (${categories}): remove those details or extend the consent record.`);
  }
  return { findings: out, problems, covered };
}
