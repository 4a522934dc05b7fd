import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/api.js';
import { maskResults } from '../../../src/report/mask.js';
import { toReport } from '../../../src/report/summary.js';
import { formatSarif } from '../../../src/report/formatters/sarif.js';
import { ROOT } from '../../helpers/cli.js';
import { rawMatches, runCli } from '../../helpers/run.js';
import { workspace } from '../../helpers/workspace.js';
import { ACME_PACK } from '../../helpers/packs.js';

const require = createRequire(import.meta.url);

/** The official OASIS schema (draft-04), vendored: see test/fixtures/sarif/PROVENANCE.md. */
function sarifValidator(): ValidateFunction {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')));
}

async function sarifOf(args: string[]) {
  return JSON.parse((await runCli(['-f', 'sarif', ...args])).stdout);
}

const fingerprintsOf = (log: any): string[] => log.runs[0].results.map((r: any) => r.partialFingerprints['phiLint/v1']);

describe('sarif formatter', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0 for findings, a malformed file and a clean file', async () => {
    const log = await sarifOf(['.']);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'info' }] }] })).toBe(false);
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'phi-lint', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:/) });
    expect(driver.rules.map((r: any) => r.id)).toContain('identifiers/mrn');
    for (const rule of driver.rules) {
      expect(rule).toMatchObject({ shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.any(String) }, helpUri: expect.stringMatching(/^https:\/\/.*\/docs\/rules\/[a-z0-9/-]+\.md$/) });
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('points results at their rule, level and region', async () => {
    const log = await sarifOf(['.']);
    const { results, tool } = log.runs[0];
    for (const r of results) expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const mrn = results.find((r: any) => r.ruleId === 'identifiers/mrn' && r.locations[0].physicalLocation.artifactLocation.uri === 'patient-story.md');
    expect(mrn).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 8, startColumn: 9, endLine: 8, endColumn: 17 } } }] });
    const levels = new Set(results.map((r: any) => r.level));
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
    const uris = results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('staff%2C%20event.txt');
  });

  it('gives each result the one line (title, reason, masked match) and the rules a merged span had; only built-in rules link a page', async () => {
    const cwd = workspace({ 'post.txt': 'Intake copy: MRN 00739142 and ACM123456789.\n', 'pack.yaml': ACME_PACK });
    const log = JSON.parse((await runCli(['-f', 'sarif', '--rules', 'pack.yaml', 'post.txt'], cwd)).stdout);
    const mrn = log.runs[0].results.find((r: any) => r.ruleId === 'identifiers/mrn');
    expect(mrn.message.text).toBe('Medical record number "********"');
    expect(mrn.properties.rules).toEqual(['identifiers/mrn', 'identifiers/mrn-labelled']);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.find((r: any) => r.id === 'identifiers/mrn').help.text).toMatch(/^A medical record number points straight at a patient's chart/);
    expect(rules.find((r: any) => r.id === 'acme/member-id')).not.toHaveProperty('helpUri');
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('tags privacy rules "phi" and the advice and claims packs "health-content"', async () => {
    const { rules } = (await sarifOf(['.'])).runs[0].tool.driver;
    const tags = (id: string) => rules.find((r: any) => r.id === id).properties.tags;
    expect(tags('identifiers/mrn')).toEqual(['phi', 'mrn']);
    expect(tags('advice/dose')).toEqual(['health-content', 'advice']);
    expect(tags('claims/cure')).toEqual(['health-content', 'claim']);
  });

  it('reports files that could not be scanned as tool execution notifications', async () => {
    const [invocation] = (await sarifOf(['.'])).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'error',
        message: { text: expect.stringContaining('malformed JSON') },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 49 } } }],
      }),
    ]);
    const clean = (await sarifOf(['clean.txt'])).runs[0];
    expect(clean.invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
    expect(clean.results).toEqual([]);
  });

  it('has fingerprints that hold no PHI, are unique, and survive edits above and --no-mask', async () => {
    const log = await sarifOf(['.']);
    const prints = fingerprintsOf(log);
    expect(new Set(prints).size).toBe(prints.length);
    const text = JSON.stringify(prints);
    for (const raw of await rawMatches(['.'])) expect(text).not.toContain(raw);
    expect(fingerprintsOf(await sarifOf(['--no-mask', '.']))).toEqual(prints);

    const post = 'Our patient Rosalind Featherstone was admitted after a stroke.\nHer MRN 00571938 was pasted here.\n';
    const sarifFor = async (text: string) => JSON.parse(formatSarif(toReport(maskResults([await lintText(text, { filePath: 'p.txt' })])), { color: false }));
    const before = await sarifFor(post);
    const moved = await sarifFor(`New intro line.\n\n${post}`);
    const lines = (log: any) => log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.region.startLine);
    expect(lines(moved)).toEqual(lines(before).map((n: number) => n + 2));
    expect(fingerprintsOf(moved)).toEqual(fingerprintsOf(before));
  });

  it('hashes the words around each finding from the CLI too: another post at the same place gets another fingerprint', async () => {
    const cwd = workspace({});
    const printsOf = async (text: string, args: string[] = []) => {
      writeFileSync(path.join(cwd, 'post.txt'), text);
      return fingerprintsOf(JSON.parse((await runCli(['-f', 'sarif', ...args, 'post.txt'], cwd)).stdout));
    };
    const first = await printsOf('Billing note: MRN 00571938 goes to records.\n');
    expect(first).toHaveLength(1);
    expect(await printsOf('Triage memo: MRN 00571938 was seen at noon.\n')).not.toEqual(first);
    expect(await printsOf('Billing note: MRN 00571938 goes to records.\n', ['--no-mask'])).toEqual(first);
    expect(await printsOf('Billing note: MRN 00571938 goes to records.\nAn unrelated line changed.\n')).toEqual(first);
    // The cache answers the second identical run; its fingerprints must not change.
    const cached = await printsOf('Billing note: MRN 00571938 goes to records.\n', ['--cache']);
    expect(await printsOf('Billing note: MRN 00571938 goes to records.\n', ['--cache'])).toEqual(cached);
    expect(cached).toEqual(first);
  });

  it('describes rules it was not told about and uses file: URIs outside the folder', () => {
    const report = toReport([{ filePath: '/srv/posts/a.txt', findings: [{ ruleId: 'acme/x', category: 'other-id', severity: 'warning', message: 'An ACME id. Remove it.', line: 1, column: 1, endLine: 1, endColumn: 4, offset: 0, endOffset: 3, text: '***' }] }]);
    const log = JSON.parse(formatSarif(report, { color: false }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].tool.driver.rules).toEqual([expect.objectContaining({ id: 'acme/x', shortDescription: { text: 'An ACME id.' }, defaultConfiguration: { level: 'warning' } })]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///srv/posts/a.txt' });
  });
});
