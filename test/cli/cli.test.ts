import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACME_PACK } from '../helpers/packs.js';
import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const SAFE = 'Free blood-pressure checks on Saturday at our Westside clinic. Everyone welcome!\n';
const UNSAFE = 'Our patient was admitted today. Her MRN 00482913 was attached by mistake.\n';

const workspace = tempWorkspaces();

/** These run the CLI in this process (runCli); the spawned smoke tests below cover what only the real bin does. */
describe('phi-lint CLI', () => {
  it('exits 0 and prints one summary line for a clean folder', async () => {
    const r = await runCli(['posts'], { cwd: workspace({ 'posts/safe.txt': SAFE }) });
    expect(r).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
  });

  it('exits 1 with a stylish report and masks the match', async () => {
    const r = await runCli(['posts'], { cwd: workspace({ 'posts/unsafe.txt': UNSAFE, 'posts/safe.txt': SAFE }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('posts/unsafe.txt');
    expect(r.stdout).toMatch(/1:41\s+error\s+Medical record number .*identifiers\/mrn/);
    expect(r.stdout).not.toContain('00482913');
    // The care beside the record number is a warning: it shows what, with the MRN, is disclosed.
    expect(r.stdout).toMatch(/1:17\s+warning\s+Care told of one patient .*context\/care-detail/);
    expect(r.stdout).toContain('✖ 2 problems (1 error, 1 warning, 0 infos)');
  });

  it('--no-mask shows the matched text', async () => {
    const r = await runCli(['--no-mask', 'u.txt'], { cwd: workspace({ 'u.txt': UNSAFE }) });
    expect(r.stdout).toContain('00482913');
  });

  it('prints the contract JSON document', async () => {
    const r = await runCli(['-f', 'json', '.'], { cwd: workspace({ 'u.txt': UNSAFE }) });
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      version: 1,
      files: [{ filePath: 'u.txt', findings: [
        { ruleId: 'context/care-detail', category: 'patient-relationship', severity: 'warning', line: 1, column: 17, endLine: 1, endColumn: 25 },
        { ruleId: 'identifiers/mrn', category: 'mrn', severity: 'error', line: 1, column: 41, endLine: 1, endColumn: 49 },
      ] }],
      summary: { files: 1, errors: 1, warnings: 1, infos: 0 },
    });
    expect(r.stdout).not.toContain('00482913');
  });

  it('exits 2 for malformed JSON, still scans it and the other files', async () => {
    const cwd = workspace({ 'bad.json': '{"body": "MRN 00482913 here",,}', 'u.txt': UNSAFE });
    const r = await runCli(['-f', 'json', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: bad\.json:1:\d+: malformed JSON/m);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { filePath: string }) => f.filePath)).toEqual(['bad.json', 'u.txt']);
    expect(doc.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('identifiers/mrn');
  });

  it('exits 2 with a located message for a broken --rules pack', async () => {
    const cwd = workspace({ 'u.txt': SAFE, 'pack.yaml': 'rules:\n  - id: x/y\n    detector: pattern\n    bogus: 1\n' });
    const r = await runCli(['--rules', 'pack.yaml', 'u.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phi-lint: pack.yaml:4:5: unknown key "bogus"');
  });

  it('adds a --rules pack to the run', async () => {
    const pack = ACME_PACK;
    const r = await runCli(['--rules', 'pack.yaml', '-f', 'json', 'u.txt'], { cwd: workspace({ 'pack.yaml': pack, 'u.txt': 'Member ACM123456789 called.' }) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0].ruleId).toBe('acme/member-id');
  });

  it('--max-warnings and --quiet', async () => {
    const cwd = workspace({ 'w.txt': 'Thanks to Maria Gonzalez for leading the fun run.\n' });
    const base = JSON.parse((await runCli(['-f', 'json', 'w.txt'], { cwd })).stdout).summary;
    expect(base.warnings).toBeGreaterThan(0);
    expect((await runCli(['w.txt'], { cwd })).code).toBe(0);
    expect((await runCli(['--max-warnings', '0', 'w.txt'], { cwd })).code).toBe(1);
    expect((await runCli(['--quiet', 'w.txt'], { cwd })).stdout).toBe('');
  });

  it('writes -o output atomically and keeps stdout empty', async () => {
    const cwd = workspace({ 'u.txt': UNSAFE });
    const r = await runCli(['-f', 'json', '-o', 'report.json', 'u.txt'], { cwd });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });

  it('respects .gitignore and skips node_modules and unknown extensions', async () => {
    const cwd = workspace({
      '.gitignore': 'drafts/private/\n',
      'drafts/private/u.txt': UNSAFE,
      'node_modules/x/u.md': UNSAFE,
      'drafts/u.csv': UNSAFE,
      'drafts/ok.md': SAFE,
    });
    const doc = JSON.parse((await runCli(['-f', 'json', '.'], { cwd })).stdout);
    expect(doc.files.map((f: { filePath: string }) => f.filePath)).toEqual(['drafts/ok.md']);
  });

  it('exits 2 when a pattern matches nothing, unless allowed', async () => {
    const cwd = workspace({ 'a.txt': SAFE });
    expect(await runCli(['missing/*.md'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('no files matching "missing/*.md"') });
    expect((await runCli(['--no-error-on-unmatched-pattern', 'missing/*.md'], { cwd })).code).toBe(0);
  });

  it('exits 2 on an unknown option or format, 0 on --help and --version', async () => {
    expect((await runCli(['--bogus'])).code).toBe(2);
    expect((await runCli(['-f', 'xml', '.'])).code).toBe(2);
    const help = await runCli(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('--stdin-filename') });
    const flat = help.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('"compact", "sarif", "junit", "github", "html"');
    expect(flat).toContain('--staged lint the staged (index) content');
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('colours the stylish report only on a terminal without NO_COLOR, or with --color', async () => {
    const cwd = workspace({ 'u.txt': UNSAFE });
    const ansi = /\x1b\[\d+m/;
    expect((await runCli(['u.txt'], { cwd, isTTY: true, env: { NO_COLOR: '' } })).stdout).toMatch(ansi);
    expect((await runCli(['u.txt'], { cwd, isTTY: true })).stdout).not.toMatch(ansi);
    expect((await runCli(['u.txt'], { cwd, isTTY: false, env: { NO_COLOR: '' } })).stdout).not.toMatch(ansi);
    expect((await runCli(['--color', 'u.txt'], { cwd })).stdout).toMatch(ansi);
    expect((await runCli(['--no-color', 'u.txt'], { cwd, isTTY: true, env: { NO_COLOR: '' } })).stdout).not.toMatch(ansi);
  });

  it('honours FORCE_COLOR (over NO_COLOR and a pipe, as Node does); FORCE_COLOR=0 and --no-color turn colour off', async () => {
    const cwd = workspace({ 'u.txt': UNSAFE });
    const ansi = /\x1b\[\d+m/;
    for (const value of ['1', '2', 'true', '']) expect((await runCli(['u.txt'], { cwd, env: { FORCE_COLOR: value } })).stdout, value).toMatch(ansi);
    for (const value of ['0', 'false']) expect((await runCli(['u.txt'], { cwd, isTTY: true, env: { NO_COLOR: '', FORCE_COLOR: value } })).stdout, value).not.toMatch(ansi);
    expect((await runCli(['--no-color', 'u.txt'], { cwd, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
  });

  it('--help lists the commands, the exit codes and three examples', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toMatch(/Commands:\n {2}phi-lint init .+\n {2}phi-lint rules .+\n {2}phi-lint explain <rule-id> .+\n/);
    expect(stdout).toMatch(/Exit codes:\n {2}0 {2}no errors.+\n {2}1 {2}at least one error.+\n {2}2 {2}usage, config or rule-pack error.+\n/);
    const examples = stdout.slice(stdout.indexOf('Examples:')).trim().split('\n').slice(1);
    expect(examples).toHaveLength(3);
    for (const line of examples) expect(line).toMatch(/^ {2}phi-lint \S.+ {2,}\w/);
  });
});

/** The real bin in a child process: its exit code, its stdin and stdout pipes, its working directory. Keep these few. */
describe('spawned smoke tests', () => {
  it('the real bin exits 0 for a clean folder, 1 with findings and 2 on a usage error, relative to its working directory', () => {
    const cwd = workspace({ 'posts/safe.txt': SAFE, 'more/unsafe.txt': UNSAFE });
    expect(phiLint(['posts'], { cwd })).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    expect(phiLint(['posts'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toBe('\x1b[32m✔ 1 file checked, no problems\x1b[39m\n');
    const found = phiLint(['more'], { cwd });
    expect(found).toMatchObject({ code: 1, stderr: '' });
    expect(found.stdout).toContain('more/unsafe.txt');
    expect(found.stdout).not.toContain('00482913');
    expect(phiLint(['--bogus'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option '--bogus'") });
  });

  it('lints --stdin with --stdin-filename picking the parser', () => {
    const r = phiLint(['--stdin', '--stdin-filename', 'post.json', '-f', 'json'], { input: '{"body": "MRN 00482913"}' });
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.filePath).toBe('post.json');
    expect(f.findings[0].pointer).toBe('/body');
  });

  it('a piped stdout gets no colour, even without NO_COLOR, unless --color', () => {
    const cwd = workspace({ 'u.txt': UNSAFE });
    const ansi = /\x1b\[\d+m/;
    const env = { NO_COLOR: '' };
    const plain = phiLint(['u.txt'], { cwd, env });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('identifiers/mrn');
    expect(plain.stdout).not.toMatch(ansi);
    expect(phiLint(['--color', 'u.txt'], { cwd, env }).stdout).toMatch(ansi);
  });
});
