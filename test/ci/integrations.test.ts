import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { FORMATS_FIXTURES, rawMatches, summaryOf } from '../helpers/run.js';
import { cleanEnv, copyPackage } from './package-copy.js';

const readYaml = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8'));
const SUMMARY_SCRIPT = path.join(ROOT, 'scripts', 'action-summary.js');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}

/** Runs a composite step's shell script as the runner would, with ${{ }} expressions already resolved into env. */
function runStep(step: Step, env: Record<string, string>, cwd: string) {
  return spawnSync('bash', ['-e', '-c', step.run!], { cwd, encoding: 'utf8', env: cleanEnv(env) });
}

/** A GITHUB_OUTPUT file, and what a step wrote to it. */
function outputFile() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-action-output-')), 'output');
  writeFileSync(file, '');
  return { file, read: () => readFileSync(file, 'utf8') };
}

describe('action.yml', () => {
  const action = readYaml('action.yml');
  const steps: Step[] = action.runs.steps;

  const step = (key: string) => steps.find((s) => (s.uses ?? s.id ?? s.name) === key)!;

  it('is a composite action that lints to SARIF, summarises, uploads and then fails', () => {
    expect(action.runs.using).toBe('composite');
    expect(steps.map((s) => s.uses ?? s.id ?? s.name)).toEqual([
      'node', 'actions/setup-node@v4', 'Install phi-lint', 'lint', 'Write the job summary', 'github/codeql-action/upload-sarif@v3', 'Fail when phi-lint failed',
    ]);
    expect(step('github/codeql-action/upload-sarif@v3').if).toContain("inputs.upload-sarif == 'true'");
    for (const s of steps.filter((s) => s.run)) expect(s.run, 'no ${{ }} inside scripts (injection)').not.toContain('${{');
  });

  it("keeps the runner's Node.js when it is 20 or newer, and sets one up only when asked or when it is older", () => {
    expect(action.inputs['node-version'].default).toBe('');
    expect(step('actions/setup-node@v4').if).toBe("steps.node.outputs.setup == 'true'");
    const check = (input: string, extra: Record<string, string> = {}) => {
      const out = outputFile();
      expect(runStep(step('node'), { GITHUB_OUTPUT: out.file, NODE_VERSION_INPUT: input, ...extra }, ROOT).status).toBe(0);
      return out.read();
    };
    expect(check('')).toBe('setup=false\n'); // the Node running these tests is >= 20 (package.json engines)
    expect(check('22')).toBe('setup=true\n');
    const old = mkdtempSync(path.join(tmpdir(), 'phi-lint-old-node-'));
    writeFileSync(path.join(old, 'node'), '#!/bin/sh\necho 18\n');
    chmodSync(path.join(old, 'node'), 0o755);
    expect(check('', { PATH: `${old}:${process.env.PATH}` })).toBe('setup=true\n');
  });

  it('installs only the runtime dependencies at a ref that carries dist/, and runs from there', { timeout: 120_000 }, () => {
    const actionPath = copyPackage('phi-lint-action-install-');
    cpSync(path.join(ROOT, 'dist'), path.join(actionPath, 'dist'), { recursive: true });
    const install = runStep(step('Install phi-lint'), { GITHUB_ACTION_PATH: actionPath, npm_config_prefer_offline: 'true' }, ROOT);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(path.join(actionPath, 'node_modules', 'yaml'))).toBe(true);
    for (const dev of ['typescript', 'vitest', 'esbuild']) expect(existsSync(path.join(actionPath, 'node_modules', dev)), dev).toBe(false);
    const out = outputFile();
    const sarif = path.join(path.dirname(out.file), 'r.sarif');
    const env = { GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: out.file, PHI_LINT_PATHS: '.', PHI_LINT_ARGS: '', SARIF_FILE: sarif };
    expect(runStep(step('lint'), env, path.join(ROOT, 'examples')).status).toBe(0);
    expect(out.read()).toBe('exit-code=1\nsarif-written=true\n');
  });

  it('runs phi-lint, records its exit code, writes a masked job summary and fails the job', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'phi-lint-action-'));
    const [output, summary, sarif] = ['output', 'summary.md', 'phi-lint.sarif'].map((f) => path.join(work, f));
    writeFileSync(output, '');
    const env = { GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, PHI_LINT_PATHS: '.', PHI_LINT_ARGS: '--max-warnings 5', SARIF_FILE: sarif };
    expect(runStep(step('lint'), env, FORMATS_FIXTURES).status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=2\nsarif-written=true\n');
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    expect(runStep(step('Write the job summary'), { ...env, EXIT_CODE: '2' }, FORMATS_FIXTURES).status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### phi-lint\n/);
    const failed = runStep(step('Fail when phi-lint failed'), { EXIT_CODE: '2' }, FORMATS_FIXTURES);
    expect(failed.status).toBe(2);
    expect(failed.stdout).toContain('::error title=phi-lint::phi-lint exited 2');
  });
});

describe('scripts/action-summary.js', () => {
  const summarize = (...args: string[]) => execFileSync(process.execPath, [SUMMARY_SCRIPT, ...args], { encoding: 'utf8' });

  it('summarises a SARIF log: counts, a findings table and unscannable files, all masked', async () => {
    const sarif = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-summary-')), 'r.sarif');
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'phi-lint.js'), '-f', 'sarif', '-o', sarif, '.'], { cwd: FORMATS_FIXTURES });
    const md = summarize(sarif, '2');
    const { errors, warnings, infos } = await summaryOf(['.']);
    const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
    expect(md).toContain(`:x: **${n(errors, 'error')}**, ${n(warnings, 'warning')}, ${n(infos, 'info')}`);
    expect(md).toMatch(/^\| error \| `patient-story\.md:8:9` \| `identifiers\/mrn` \| Medical record number "\\\*\\\*\\\*\\\*\\\*\\\*\\\*\\\*" \|$/m);
    expect(md).toMatch(/^\| (warning|info) \| `staff, event\.txt:\d+:\d+` \| `[a-z/-]+` \|/m);
    expect(md).toContain('**1 file could not be scanned completely**');
    for (const raw of await rawMatches(['.'])) expect(md).not.toContain(raw);
  });

  it('says so when phi-lint wrote no report', () => {
    expect(summarize(path.join(tmpdir(), 'no-such.sarif'), '2')).toContain('phi-lint wrote no report (exit code 2)');
  });
});

describe('documentation of the integrations', () => {
  const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
  const at = (text: string, heading: string) => text.indexOf(`\n${heading}\n`);

  it('docs/ci.md covers pre-commit, husky, the GitHub Action, large archives and baselines, in that order', () => {
    const page = read('docs/ci.md');
    const headings = ['## pre-commit', '## husky + lint-staged', '## GitHub Actions', '## Large archives', '## Baseline'];
    for (const h of headings) expect(at(page, h), `${h} in docs/ci.md`).toBeGreaterThan(0);
    expect(headings.map((h) => at(page, h))).toEqual(headings.map((h) => at(page, h)).sort((a, b) => a - b));
  });

  it('the README names the three integrations, each with a link to docs/ci.md', () => {
    const readme = read('README.md');
    const section = readme.slice(at(readme, '## Integrations'), readme.indexOf('\n## ', at(readme, '## Integrations') + 1));
    expect(at(readme, '## Integrations')).toBeGreaterThan(0);
    const names = ['**pre-commit.**', '**GitHub Action.**', '**Any CI: SARIF'];
    const starts = names.map((name) => section.indexOf(name));
    expect(starts.every((s) => s > 0)).toBe(true);
    names.forEach((name, i) => expect(section.slice(starts[i], starts[i + 1]), name).toContain('](docs/ci.md'));
    expect(section).toContain(`- id: ${readYaml('.pre-commit-hooks.yaml')[0].id}\n`);
  });
});
