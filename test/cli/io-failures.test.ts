import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();
const MRN = 'Our patient, MRN 1234567, went home.\n';

describe('a cache that cannot be written', () => {
  it('still prints the report, then says why on stderr; the findings decide the exit code', async () => {
    const dir = workspace({ 'a.txt': MRN });
    const r = await runCli(['-f', 'json', '--cache', '--cache-location', 'no/such/folder/cache', 'a.txt'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
    expect(r.stderr).toMatch(/^phi-lint: warning: --cache: cannot write "[^"]*no\/such\/folder\/cache": its folder does not exist; the results were not cached, so the next run lints these files again\n$/);
  });
});

describe('--max-warnings', () => {
  const warningOnly = 'Thanks to Maria Gonzalez for leading the fun run.\n';

  it('with --quiet, a run that fails on warnings alone says why on stderr', async () => {
    const dir = workspace({ 'w.txt': warningOnly });
    const warnings = JSON.parse((await runCli(['-f', 'json', 'w.txt'], dir)).stdout).summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    const r = await runCli(['--quiet', '--max-warnings', '0', 'w.txt'], dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `phi-lint: too many warnings (${warnings}, maximum: 0, not shown because of --quiet): exit code 1\n` });
    const shown = await runCli(['--max-warnings', '0', 'w.txt'], dir);
    expect(shown.stderr).toBe(`phi-lint: too many warnings (${warnings}, maximum: 0): exit code 1\n`);
    expect((await runCli(['--quiet', '--max-warnings', String(warnings), 'w.txt'], dir)).stderr).toBe('');
  });
});

describe('YAML aliases in a pack', () => {
  it('an alias bomb is one located line and exit 2, not an internal error', async () => {
    const lines = ['x: &a [a, a, a, a, a, a, a, a, a]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    const dir = workspace({ 'bomb.yaml': `${lines.join('\n')}\nrules: []\n`, 'a.txt': MRN });
    const r = await runCli(['--rules', 'bomb.yaml', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('phi-lint: bomb.yaml:2:8: invalid YAML: aliases expand to too much data (more than 100 expansions; an alias bomb?)\n');
  });
});

describe('-o to what is not a regular file', () => {
  it.skipIf(process.platform === 'win32')('-o /dev/stdout writes the report to standard output', () => {
    const dir = workspace({ 'a.txt': MRN });
    const r = phiLint(['-f', 'json', '-o', '/dev/stdout', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
    expect(r.stderr).toBe('');
  });
});
