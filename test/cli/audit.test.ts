import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces('all');

/** Synthetic posts that exercise every kind of suppression, with identifiers in a directive's reason too. */
const FILES = {
  '.phi-lint.yaml': `consentRegistry: consent.yaml
requireApproval: warnings
auditLog: .phi-lint/audit.jsonl
allow:
  - value: (617) 555-0100
`,
  'consent.yaml': `- id: AUTH-2026-014
  subject: Riley Example, triathlon story
  covers: { categories: [name] }
  expires: 2099-12-31
`,
  'posts/riley.md': `---
consent: AUTH-2026-014
---
Riley Example finished her first triathlon a year after her knee surgery at our clinic.
`,
  'posts/front-desk.md': `Questions about your bill? Our billing office is at (617) 555-0100.

<!-- phi-lint-disable-next-line identifiers/person-name -- Emily Carter is our volunteer, not a patient -->
Emily Carter brought cookies for her friends in the recovery ward.
`,
  'posts/story.md': 'Get well soon, Casey Holloway! Your MRI results came back clear and we will see you at your follow-up on March 3.\n',
};

const texts = (json: string) => (JSON.parse(json) as { files: { findings: { text: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.text));

describe('audit log and approvals through the CLI', () => {
  const cwd = workspace(FILES);
  const log = path.join(cwd, '.phi-lint', 'audit.jsonl');
  const approvals = path.join(cwd, '.phi-lint', 'approvals.jsonl');
  const seen = new Set<string>();

  it('records each run (config auditLog:) with every kind of suppression and the exit code', () => {
    // Every identifier the rules find, suppressed or not: the run without config, directives or consent.
    for (const t of texts(phiLint(['posts', '-f', 'json', '--no-mask', '--no-config-lookup', '--no-inline-config'], { cwd }).stdout)) seen.add(t);
    const first = phiLint(['posts', '-f', 'json', '--no-mask', '--update-baseline', '--baseline', 'baseline.json'], { cwd });
    const second = phiLint(['posts', '-f', 'json', '--no-mask', '--baseline', 'baseline.json'], { cwd });
    for (const run of [first, second]) for (const t of texts(run.stdout)) seen.add(t);
    expect(first.code).toBe(1);
    // The baseline accepts every warning and error but a missing approval (and infos are never baselined).
    expect(second.code).toBe(1);
    const left = (JSON.parse(second.stdout).files as { findings: { ruleId: string; severity: string }[] }[]).flatMap((f) => f.findings.filter((x) => x.severity !== 'info'));
    // front-desk.md needs none: what it had was allowed or exempted by a directive (requireApproval: warnings).
    expect(left.map((f) => f.ruleId)).toEqual(['approval/missing', 'approval/missing']);
    const records = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.seq, r.exitCode])).toEqual([[1, 1], [2, 1]]);
    const kinds = new Set(records.flatMap((r) => r.suppressions.map((s: { by: string }) => s.by)));
    expect([...kinds].sort()).toEqual(['allowlist', 'baseline', 'consent', 'directive']);
    const directive = records[0].suppressions.find((s: { by: string }) => s.by === 'directive');
    expect(directive).toEqual({ file: 'posts/front-desk.md', by: 'directive', ruleId: 'identifiers/person-name', line: 4, column: 1, reason: '*** is our volunteer, not a patient' });
    expect(records[0].suppressions).toContainEqual({ file: 'posts/riley.md', by: 'consent', ruleId: 'identifiers/person-name', line: 4, column: 1, consent: 'AUTH-2026-014' });
    expect(records[0].suppressions).toContainEqual(expect.objectContaining({ by: 'allowlist', reason: 'allow entry at .phi-lint.yaml:5:5' }));
    expect(records[0].files.map((f: { path: string }) => f.path)).toEqual(['posts/front-desk.md', 'posts/riley.md', 'posts/story.md']);
  }, 60_000);

  it('approve clears approval/missing for that text only', () => {
    expect(phiLint(['approve', 'posts/riley.md'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining("required option '--by <name>'") });
    const ok = phiLint(['approve', 'posts/riley.md', '--by', 'Dana Reviewer', '--note', 'matches the signed form'], { cwd });
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Approved posts\/riley\.md \(sha256 [0-9a-f]{12}\) by Dana Reviewer: recorded in \.phi-lint\/approvals\.jsonl/) });
    const run = phiLint(['posts', '-f', 'json', '--no-mask'], { cwd });
    for (const t of texts(run.stdout)) seen.add(t);
    const missing = (JSON.parse(run.stdout).files as { filePath: string; findings: { ruleId: string }[] }[]).filter((f) => f.findings.some((x) => x.ruleId === 'approval/missing'));
    expect(missing.map((f) => f.filePath)).toEqual(['posts/story.md']);
  }, 60_000);

  it('neither file holds the matched text of any finding', () => {
    const matched = [...seen].filter((t) => t !== '');
    expect(matched).toEqual(expect.arrayContaining(['Riley', 'Emily Carter', '(617) 555-0100', 'March 3']));
    const both = readFileSync(log, 'utf8') + readFileSync(approvals, 'utf8');
    expect(matched.filter((t) => both.includes(t))).toEqual([]);
    expect(both).not.toContain('triathlon');
  });

  it('audit verify: 0 when intact, 1 naming the first edited line, 2 without the key a line was sealed with', () => {
    expect(phiLint(['audit', 'verify', '.phi-lint/audit.jsonl'], { cwd })).toMatchObject({ code: 0, stdout: expect.stringContaining('.phi-lint/audit.jsonl: chain intact, 3 runs') });
    const original = readFileSync(log, 'utf8');
    const lines = original.split('\n');
    lines[1] = lines[1].replace('"exitCode":1', '"exitCode":0');
    writeFileSync(log, lines.join('\n'));
    expect(phiLint(['audit', 'verify', '.phi-lint/audit.jsonl'], { cwd })).toMatchObject({ code: 1, stderr: 'phi-lint: .phi-lint/audit.jsonl:2: line 2 was edited: its hash does not match its content\n' });
    writeFileSync(log, original);
    const key = { PHI_LINT_BASELINE_KEY: 'synthetic-test-key-0123456789' };
    expect(phiLint(['posts', '--audit-log', 'keyed.jsonl'], { cwd, env: key }).code).toBe(1);
    expect(phiLint(['audit', 'verify', 'keyed.jsonl'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('provide it to verify the log') });
    expect(phiLint(['audit', 'verify', 'keyed.jsonl'], { cwd, env: key })).toMatchObject({ code: 0, stdout: expect.stringContaining('1 keyed (HMAC-SHA256)') });
    expect(phiLint(['audit', 'verify', 'nowhere.jsonl'], { cwd })).toMatchObject({ code: 2, stderr: 'phi-lint: audit log nowhere.jsonl not found\n' });
  }, 60_000);

  it('a run answered from --cache records the same files and suppressions as the run that filled it', () => {
    for (let i = 0; i < 2; i++) phiLint(['posts', '--cache', '--cache-location', 'cache.json', '--audit-log', 'cached.jsonl'], { cwd });
    const [fresh, cached] = readFileSync(path.join(cwd, 'cached.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(cached.files).toEqual(fresh.files);
    expect(cached.suppressions).toEqual(fresh.suppressions);
    expect(fresh.suppressions.length).toBeGreaterThan(2);
  }, 60_000);

  it('audit show sums the log up, as text and as JSON', () => {
    const text = phiLint(['audit', 'show', '.phi-lint/audit.jsonl'], { cwd });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\.phi-lint\/audit\.jsonl: 3 runs, /);
    expect(text.stdout).toContain('exit codes:   1: 3 runs');
    expect(text.stdout).toContain('files:        3 distinct, checked 9 times');
    expect(text.stdout).toMatch(/consent +\d+ +consent AUTH-2026-014/);
    const json = JSON.parse(phiLint(['audit', 'show', '.phi-lint/audit.jsonl', '-f', 'json'], { cwd }).stdout);
    expect(json).toMatchObject({ version: 1, runs: 3, chain: { intact: true }, files: { distinct: 3, checks: 9 } });
    expect(Object.keys(json.suppressions.byKind).sort()).toEqual(['allowlist', 'baseline', 'consent', 'directive']);
    expect(phiLint(['audit', 'check', 'x'], { cwd })).toMatchObject({ code: 2, stderr: 'phi-lint: unknown audit command "check": verify or show\n' });
  }, 60_000);
});
