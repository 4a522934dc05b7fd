import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

/** Lower-case posts keep the NLP name model out of these tests; the pattern rules do the work. */
const PATIENT_PHONE = 'our patient can be reached at 617-555-0142 after the surgery.\n';
const CLINIC_PHONE = 'a second number is 617-555-0100.\n';
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { files: { filePath: string; findings: { ruleId: string; severity: string; line: number; reason?: string; text: string }[] }[]; summary: Record<string, number> };
// These tests read how configuration sets identifiers' severities; the care-detail warning that goes with an error is tested in test/decide/decide.test.ts.
const identifiers = (r: { stdout: string }) => json(r).files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.ruleId !== 'context/care-detail') }));
const rows = (r: { stdout: string }) => identifiers(r).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line} ${x.severity} ${x.ruleId}`));

/** Each test's folders are removed after it; the CLI runs in this process (runCli) but for the spawned smoke test at the end. */
const workspace = tempWorkspaces();

describe('phi-lint init', () => {
  it('writes a commented starter config once, then refuses to overwrite it', async () => {
    const cwd = workspace({});
    const first = await runCli(['init'], { cwd });
    expect(first.code).toBe(0);
    const text = readFileSync(path.join(cwd, '.phi-lint.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*\n# phi-lint configuration/);
    writeFileSync(path.join(cwd, '.phi-lint.yaml'), text + '# edited\n');
    expect(await runCli(['init'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('will not overwrite') });
    expect(readFileSync(path.join(cwd, '.phi-lint.yaml'), 'utf8')).toMatch(/# edited\n$/);
    expect((await runCli(['init', 'now'], { cwd: workspace({}) })).code).toBe(2);
    expect((await runCli(['--help'])).stdout).toContain('phi-lint init');
  });
});

describe('config files', () => {
  it('reports a config mistake as file:line:col and exits 2', async () => {
    const cwd = workspace({ 'posts/a.txt': CLINIC_PHONE, 'posts/.phi-lint.yaml': 'root: true\nrule:\n  identifiers/phone: "off"\n' });
    const r = await runCli(['posts'], { cwd });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('phi-lint: posts/.phi-lint.yaml:2:1: unknown key "rule" (did you mean "rules"?)\n');
  });

  it('reports unknown rule ids and bad values in .phi-lint.json and package.json', async () => {
    const a = await runCli(['a.txt'], { cwd: workspace({ 'a.txt': CLINIC_PHONE, '.phi-lint.json': '{\n  "root": true,\n  "rules": { "identifiers/phon": "off" }\n}\n' }) });
    expect(a).toMatchObject({ code: 2, stderr: 'phi-lint: .phi-lint.json:3:14: unknown rule "identifiers/phon" (did you mean "identifiers/phone"?)\n' });
    const b = await runCli(['a.txt'], { cwd: workspace({ 'a.txt': CLINIC_PHONE, 'package.json': '{\n  "phi-lint": { "root": true, "requireReason": "yes" }\n}\n' }) });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^phi-lint: package\.json:2:48: "requireReason": /);
  });

  it('nearest config wins (also for --stdin-filename), allowlists drop values, -c adds and --no-config-lookup skips', async () => {
    const cwd = workspace({
      '.phi-lint.yaml': 'root: true\nallow: ["(617) 555-0100"]\n',
      'posts/.phi-lint.yaml': 'rules: { identifiers/phone: warning }\n',
      'posts/a.txt': PATIENT_PHONE + CLINIC_PHONE,
      'strict.yaml': 'rules: { identifiers/phone: error }\n',
    });
    expect(rows(await runCli(['-f', 'json', 'posts'], { cwd }))).toEqual(['posts/a.txt:1 warning identifiers/phone']);
    expect(rows(await runCli(['-f', 'json', '-c', 'strict.yaml', 'posts'], { cwd }))).toEqual(['posts/a.txt:1 error identifiers/phone']);
    const stdin = await runCli(['-f', 'json', '--stdin', '--stdin-filename', 'posts/new.txt'], { cwd, input: PATIENT_PHONE + CLINIC_PHONE });
    expect(rows(stdin)).toEqual(['posts/new.txt:1 warning identifiers/phone']);
    expect(rows(await runCli(['-f', 'json', '--no-config-lookup', 'posts'], { cwd }))).toEqual([
      'posts/a.txt:1 error identifiers/phone',
      'posts/a.txt:2 error identifiers/phone',
    ]);
  });

  it('--print-config shows the merged settings for a file, never the baseline key', async () => {
    const cwd = workspace({
      '.phi-lint.yaml': 'root: true\nextensions: .mdx\nbaselineKey: not-printed-0123456789\nimages: { faces: false }\noverrides:\n  - files: ["replies/**"]\n    rules: { identifiers/phone: warning }\n',
    });
    const r = await runCli(['--print-config', 'replies/x.json'], { cwd });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config).toMatchObject({ configFiles: ['.phi-lint.yaml'], ignored: false, extensions: ['.mdx'], baselineKey: '(set)', requireReason: true, images: { metadata: true, text: true, faces: false } });
    expect(JSON.parse((await runCli(['--print-config', 'replies/x.json', '--no-images'], { cwd })).stdout).images).toEqual({ metadata: false, text: false, faces: false });
    // A configured severity holds with or without a patient link; a default one has two.
    expect(config.rules['identifiers/phone']).toBe('warning');
    expect(config.rules['identifiers/email']).toBe('error (info without a patient link)');
    expect(config.rules['identifiers/mrn']).toBe('error');
    expect(r.stdout).not.toContain('not-printed');
  });
});

describe('directives', () => {
  it('need a reason; unused ones warn; --no-inline-config ignores them', async () => {
    const cwd = workspace({
      'with-reason.md': '<!-- phi-lint-disable-next-line identifiers/phone -- shared with permission -->\n' + PATIENT_PHONE,
      'no-reason.txt': '# phi-lint-disable-next-line identifiers/phone\n' + PATIENT_PHONE,
      'unused.txt': '// phi-lint-disable -- nothing here\nall clear.\n',
    });
    const r = await runCli(['-f', 'json', '.'], { cwd });
    expect(r.code).toBe(1);
    expect(rows(r)).toEqual([
      'no-reason.txt:1 error phi-lint/directive-without-reason',
      'no-reason.txt:2 error identifiers/phone',
      'unused.txt:1 warning phi-lint/unused-directive',
    ]);
    expect(await runCli(['with-reason.md'], { cwd })).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
    expect(rows(await runCli(['-f', 'json', '--no-inline-config', 'with-reason.md'], { cwd }))).toEqual(['with-reason.md:2 error identifiers/phone']);
  });

  it('a JSON "phi-lint-disable" field exempts its object', async () => {
    const post = { posts: [{ body: PATIENT_PHONE, 'phi-lint-disable': { rules: ['identifiers/phone'], reason: 'the family asked us to share it' } }, { body: PATIENT_PHONE }] };
    const r = await runCli(['-f', 'json', 'p.json'], { cwd: workspace({ 'p.json': JSON.stringify(post, null, 2) }) });
    expect(rows(r)).toEqual(['p.json:13 error identifiers/phone']);
  });
});

describe('consent records', () => {
  const registry = '- id: AUTH-2026-014\n  subject: synthetic patient for tests\n  covers: { values: ["617-555-0142"] }\n  expires: 2099-12-31\n- id: AUTH-2020-001\n  subject: old\n  covers: { categories: [phone] }\n  expires: 2020-01-31\n';
  const shared = tempWorkspaces('all');
  const cwd = shared({
    '.phi-lint.yaml': 'root: true\nconsentRegistry: consent/registry.yaml\n',
    'consent/registry.yaml': registry,
    'ok.md': '---\nconsent: AUTH-2026-014\n---\n' + PATIENT_PHONE,
    'expired.json': JSON.stringify({ consent: 'AUTH-2020-001', body: PATIENT_PHONE }),
    'unknown.md': '---\nconsent: AUTH-1999-999\n---\nall clear.\n',
  });

  it('covered findings drop to info; unknown or expired consent is an error', async () => {
    const r = await runCli(['-f', 'json', '.'], { cwd });
    expect(r.code).toBe(1);
    const found = identifiers(r).flatMap((f) => f.findings.map((x) => [f.filePath, x.ruleId, x.severity, x.reason ?? '']));
    expect(found).toEqual([
      ['expired.json', 'phi-lint/consent', 'error', ''],
      ['expired.json', 'identifiers/phone', 'error', expect.any(String)],
      ['ok.md', 'identifiers/phone', 'info', 'covered by consent AUTH-2026-014, expires 2099-12-31'],
      ['unknown.md', 'phi-lint/consent', 'error', ''],
    ]);
    expect(r.stdout).not.toContain('555-0142');
    expect(r.stdout).not.toContain('synthetic patient');
    expect(json(r).files[0].findings[0].text).toBe(''); // nothing matched, nothing to mask
    expect((await runCli(['ok.md'], { cwd })).code).toBe(0);
  });

  it('says in every human format that a consent lowered the finding, and until when', async () => {
    const said = 'covered by consent AUTH-2026-014, expires 2099-12-31';
    const stylish = await runCli(['--min-severity', 'info', 'ok.md'], { cwd });
    expect(stylish.stdout).toMatch(new RegExp(`4:\\d+\\s+info\\s+.*\\(${said}\\) "\\*+"\\s+identifiers/phone`));
    expect((await runCli(['-f', 'compact', '--min-severity', 'info', 'ok.md'], { cwd })).stdout).toMatch(new RegExp(`^ok\\.md:4:\\d+: info .*\\(${said}\\) "\\*+" \\[identifiers/phone\\]\\n$`));
    expect((await runCli(['-f', 'github', '--min-severity', 'info', 'ok.md'], { cwd })).stdout).toMatch(new RegExp(`^::notice file=ok\\.md,.*::.*\\(${said}\\) "\\*+"\\n$`));
    expect(stylish.stdout).not.toContain('555-0142');
  });
});

describe('baseline', () => {
  it('round trip: update, clean run, a new finding fails, stale entries are noted and pruned', async () => {
    const cwd = workspace({ 'posts/a.txt': PATIENT_PHONE, 'posts/b.txt': 'mrn 00482913 was pasted by mistake.\n' });
    const base = ['--baseline', '.phi-lint-baseline.json', 'posts'];
    expect(await runCli(['--update-baseline', 'posts'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('need --baseline') });
    expect(await runCli(base, { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('not found') });

    const update = await runCli([...base, '--update-baseline'], { cwd });
    expect(update).toMatchObject({ code: 0, stdout: '✔ 2 files checked, no problems\n', stderr: 'phi-lint: baseline: wrote 3 entries to .phi-lint-baseline.json\n' });
    const file = readFileSync(path.join(cwd, '.phi-lint-baseline.json'), 'utf8');
    expect(file).not.toMatch(/0142|00482913|patient/);
    expect(file).not.toMatch(/"line"/);

    expect(await runCli(base, { cwd })).toMatchObject({ code: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });

    writeFileSync(path.join(cwd, 'posts/a.txt'), PATIENT_PHONE + 'her mrn 00771234 is on the form.\n');
    writeFileSync(path.join(cwd, 'posts/b.txt'), 'fixed.\n');
    const next = await runCli(['-f', 'json', ...base], { cwd });
    expect(next.code).toBe(1);
    expect(rows(next)).toEqual(['posts/a.txt:2 error identifiers/mrn']);
    expect(next.stderr).toContain('1 entry in .phi-lint-baseline.json no longer matches');

    expect(await runCli([...base, '--prune-baseline'], { cwd })).toMatchObject({ code: 1, stderr: expect.stringContaining('removed 1 entry') });
    expect(JSON.parse(readFileSync(path.join(cwd, '.phi-lint-baseline.json'), 'utf8')).entries).toHaveLength(2); // a.txt's phone and the care detail beside it
    expect((await runCli(base, { cwd })).stderr).toBe('');
    expect(existsSync(path.join(cwd, '.phi-lint-baseline.json'))).toBe(true);
  });

  it('uses PHI_LINT_BASELINE_KEY when set, and fails closed without it', async () => {
    const cwd = workspace({ 'a.txt': PATIENT_PHONE });
    const env = { PHI_LINT_BASELINE_KEY: 'a-long-random-secret-for-tests' };
    expect((await runCli(['--baseline', 'b.json', '--update-baseline', 'a.txt'], { cwd, env })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'b.json'), 'utf8'))).toMatchObject({ key: 'env' });
    expect((await runCli(['--baseline', 'b.json', 'a.txt'], { cwd, env })).code).toBe(0);
    expect(await runCli(['--baseline', 'b.json', 'a.txt'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('PHI_LINT_BASELINE_KEY') });
  });
});

describe('spawned smoke tests', () => {
  it('the real bin reads PHI_LINT_BASELINE_KEY from its own environment', () => {
    const cwd = workspace({ 'a.txt': PATIENT_PHONE });
    const env = { PHI_LINT_BASELINE_KEY: 'a-long-random-secret-for-tests' };
    expect(phiLint(['--baseline', 'b.json', '--update-baseline', 'a.txt'], { cwd, env })).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
    expect(JSON.parse(readFileSync(path.join(cwd, 'b.json'), 'utf8'))).toMatchObject({ key: 'env' });
    expect(phiLint(['--baseline', 'b.json', 'a.txt'], { cwd, env: { PHI_LINT_BASELINE_KEY: '' } })).toMatchObject({ code: 2, stderr: expect.stringContaining('PHI_LINT_BASELINE_KEY') });
  });
});
