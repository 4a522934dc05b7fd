import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const SAFE = 'Free blood-pressure checks on Saturday at our Westside clinic. Everyone welcome!\n';
const UNSAFE = 'Our patient was admitted today. Her MRN 00482913 was attached by mistake.\n';

describe('phi-lint CLI', () => {
  it('exits 0 and prints nothing for a clean folder', () => {
    const r = phiLint(['posts'], { cwd: workspace({ 'posts/safe.txt': SAFE }) });
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 1 with a stylish report and masks the match', () => {
    const r = phiLint(['posts'], { cwd: workspace({ 'posts/unsafe.txt': UNSAFE, 'posts/safe.txt': SAFE }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('posts/unsafe.txt');
    expect(r.stdout).toMatch(/1:41\s+error\s+A medical record number.*identifiers\/mrn/);
    expect(r.stdout).not.toContain('00482913');
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('--no-mask shows the matched text', () => {
    const r = phiLint(['--no-mask', 'u.txt'], { cwd: workspace({ 'u.txt': UNSAFE }) });
    expect(r.stdout).toContain('00482913');
  });

  it('prints the contract JSON document', () => {
    const r = phiLint(['-f', 'json', '.'], { cwd: workspace({ 'u.txt': UNSAFE }) });
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      version: 1,
      files: [{ filePath: 'u.txt', findings: [{ ruleId: 'identifiers/mrn', category: 'mrn', severity: 'error', line: 1, column: 41, endLine: 1, endColumn: 49 }] }],
      summary: { files: 1, errors: 1, warnings: 0, infos: 0 },
    });
    expect(r.stdout).not.toContain('00482913');
  });

  it('exits 2 for malformed JSON, still scans it and the other files', () => {
    const cwd = workspace({ 'bad.json': '{"body": "MRN 00482913 here",,}', 'u.txt': UNSAFE });
    const r = phiLint(['-f', 'json', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: bad\.json:1:\d+: malformed JSON/m);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { filePath: string }) => f.filePath)).toEqual(['bad.json', 'u.txt']);
    expect(doc.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('identifiers/mrn');
  });

  it('exits 2 with a located message for a broken --rules pack', () => {
    const cwd = workspace({ 'u.txt': SAFE, 'pack.yaml': 'rules:\n  - id: x/y\n    detector: pattern\n    bogus: 1\n' });
    const r = phiLint(['--rules', 'pack.yaml', 'u.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phi-lint: pack.yaml:4:5: unknown key "bogus"');
  });

  it('adds a --rules pack to the run', () => {
    const pack = `rules:
  - id: acme/member-id
    category: health-plan
    severity: error
    message: A member ID identifies the patient's health plan.
    detector: pattern
    patterns: ['\\bACM\\d{9}\\b']
    examples:
      match: ['Member ACM123456789 called.']
      noMatch: ['Call ACM support.']
`;
    const r = phiLint(['--rules', 'pack.yaml', '-f', 'json', 'u.txt'], { cwd: workspace({ 'pack.yaml': pack, 'u.txt': 'Member ACM123456789 called.' }) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0].ruleId).toBe('acme/member-id');
  });

  it('lints --stdin with --stdin-filename picking the parser', () => {
    const r = phiLint(['--stdin', '--stdin-filename', 'post.json', '-f', 'json'], { input: '{"body": "MRN 00482913"}' });
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.filePath).toBe('post.json');
    expect(f.findings[0].pointer).toBe('/body');
  });

  it('--max-warnings and --quiet', () => {
    const cwd = workspace({ 'w.txt': 'Thanks to Maria Gonzalez for leading the fun run.\n' });
    const base = JSON.parse(phiLint(['-f', 'json', 'w.txt'], { cwd }).stdout).summary;
    expect(base.warnings).toBeGreaterThan(0);
    expect(phiLint(['w.txt'], { cwd }).code).toBe(0);
    expect(phiLint(['--max-warnings', '0', 'w.txt'], { cwd }).code).toBe(1);
    expect(phiLint(['--quiet', 'w.txt'], { cwd }).stdout).toBe('');
  });

  it('writes -o output atomically and keeps stdout empty', () => {
    const cwd = workspace({ 'u.txt': UNSAFE });
    const r = phiLint(['-f', 'json', '-o', 'report.json', 'u.txt'], { cwd });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });

  it('respects .gitignore and skips node_modules and unknown extensions', () => {
    const cwd = workspace({
      '.gitignore': 'drafts/private/\n',
      'drafts/private/u.txt': UNSAFE,
      'node_modules/x/u.md': UNSAFE,
      'drafts/u.csv': UNSAFE,
      'drafts/ok.md': SAFE,
    });
    const doc = JSON.parse(phiLint(['-f', 'json', '.'], { cwd }).stdout);
    expect(doc.files.map((f: { filePath: string }) => f.filePath)).toEqual(['drafts/ok.md']);
  });

  it('exits 2 when a pattern matches nothing, unless allowed', () => {
    const cwd = workspace({ 'a.txt': SAFE });
    expect(phiLint(['missing/*.md'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('no files matching "missing/*.md"') });
    expect(phiLint(['--no-error-on-unmatched-pattern', 'missing/*.md'], { cwd }).code).toBe(0);
  });

  it('exits 2 on an unknown option or format, 0 on --help and --version', () => {
    expect(phiLint(['--bogus']).code).toBe(2);
    expect(phiLint(['-f', 'xml', '.']).code).toBe(2);
    const help = phiLint(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('--stdin-filename') });
    const flat = help.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('"compact", "sarif", "junit", "github", "html"');
    expect(flat).toContain('--staged lint the staged (index) content');
    expect(phiLint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
