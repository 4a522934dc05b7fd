import { pathToFileURL } from 'node:url';
import { firstSentence } from '../../packs/rule-table.js';
import { CONTENT_CATEGORIES, type FileResult, type Finding, type LintReport, type Problem, type Severity } from '../../model/types.js';
import { VERSION } from '../../lib/version.js';
import { fingerprints } from './fingerprint.js';
import { describe, inertJson } from './shared.js';
import type { FormatOptions, RuleMeta } from './types.js';

/**
 * The package has no public repository URL yet, so these are placeholders:
 * change them (and the "SARIF" section of docs/formats.md) when it has one.
 */
export const HOMEPAGE = 'https://example.org/phi-lint';
export const RULES_DOC_URL = `${HOMEPAGE}/rules`;
/** A page of this version's documentation (`docs/rules/identifiers/mrn.md`) on the package's home. */
export const docsUrl = (page: string) => `${HOMEPAGE}/blob/v${VERSION}/${page}`;
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Relative paths stay relative (forward slashes, percent-encoded); absolute ones become file: URIs. */
function artifactLocation(filePath: string) {
  if (filePath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: filePath.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The tag that groups a rule in SARIF viewers: privacy, or the health-content packs (advice, claims). */
const topic = (category: string) => ((CONTENT_CATEGORIES as readonly string[]).includes(category) ? 'health-content' : 'phi');

function sarifRule(rule: RuleMeta) {
  const unlinked = rule.link === 'person' ? ` Without a patient link it is reported as ${rule.unlinked ?? 'warning'}.` : '';
  return {
    id: rule.id,
    shortDescription: { text: firstSentence(rule.message) },
    fullDescription: { text: rule.description ?? rule.message },
    help: { text: `${rule.message}${unlinked}` },
    // Only the built-in rules have a page (generated from rules/*.yaml by `npm run docs`).
    ...(rule.docs ? { helpUri: docsUrl(rule.docs) } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: [topic(rule.category), rule.category] },
  };
}

/** The rules that ran, plus any rule a finding names that the caller did not describe. */
function ruleTable(report: LintReport, known: RuleMeta[] = []): RuleMeta[] {
  const rules = [...known];
  const ids = new Set(rules.map((r) => r.id));
  for (const f of report.files.flatMap((file) => file.findings)) {
    if (ids.has(f.ruleId)) continue;
    ids.add(f.ruleId);
    rules.push({ id: f.ruleId, category: f.category, severity: f.severity, message: f.message, ...(f.docs ? { docs: f.docs } : {}) });
  }
  return rules;
}

function result(f: Finding, file: FileResult, ruleIndex: number, fingerprint: string) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: describe(f) },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(file.filePath),
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
    partialFingerprints: { 'phiLint/v1': fingerprint },
    ...(f.fix ? { fixes: [sarifFix(f, file)] } : {}),
    properties: {
      category: f.category,
      ...(f.decision ? { decision: f.decision } : {}),
      ...(f.rules ? { rules: f.rules } : {}),
      ...(f.pointer !== undefined ? { jsonPointer: f.pointer } : {}),
    },
  };
}

/** The finding's rewrite as a SARIF fix: one replacement, its text as the file spells it. */
function sarifFix(f: Finding, file: FileResult) {
  const fix = f.fix!;
  return {
    description: { text: fix.text ? `Replace with "${fix.text}"` : 'Remove it' },
    artifactChanges: [{
      artifactLocation: artifactLocation(file.filePath),
      replacements: [{
        deletedRegion: { startLine: fix.line, startColumn: fix.column, endLine: fix.endLine, endColumn: fix.endColumn },
        insertedContent: { text: fix.raw },
      }],
    }],
  };
}

/** A file that could not be scanned completely is a tool notification, not a result. */
function notification(file: FileResult, p: Problem) {
  const region = p.line > 0 ? { region: { startLine: p.line, startColumn: Math.max(p.column, 1) } } : {};
  return {
    level: 'error',
    message: { text: `${file.filePath}: ${p.message}` },
    descriptor: { id: 'phi-lint/unscannable' },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.filePath), ...region } }],
  };
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
export function formatSarif(report: LintReport, options: FormatOptions): string {
  const rules = ruleTable(report, options.rules);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) => {
    const prints = fingerprints(file);
    return file.findings.map((f, i) => result(f, file, index.get(f.ruleId)!, prints[i]));
  });
  const notifications = report.files.flatMap((file) => (file.fatal ?? []).map((p) => notification(file, p)));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'phi-lint', version: VERSION, informationUri: HOMEPAGE, rules: rules.map(sarifRule) } },
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return inertJson(JSON.stringify(log, null, 2)) + '\n';
}
