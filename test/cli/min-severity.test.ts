import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();
// A volunteer thanked by name: a warning. A clinician with a title: an info. An MRN: an error.
const WARNING = 'Thanks to Maria Gonzalez for leading the fun run.\n';
const INFO = 'Meet Dr. Naomi Achebe, OD, our new optometrist.\n';
const ERROR = 'Our patient was admitted today. Her MRN 00482913 was attached by mistake.\n';

const severities = (stdout: string) => JSON.parse(stdout).files.flatMap((f: { findings: { severity: string }[] }) => f.findings.map((x) => x.severity));

describe('--min-severity', () => {
  it('stylish hides infos by default, says how many, and counts the files checked', async () => {
    const cwd = workspace({ 'w.txt': WARNING, 'i.txt': INFO });
    const r = await runCli(['.'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('i.txt');
    expect(r.stdout).toMatch(/1:11\s+warning/);
    expect(r.stdout.endsWith('\n✖ 1 problem (0 errors, 1 warning, 0 infos) in 2 files checked; 1 info not shown (--min-severity info shows them)\n')).toBe(true);
    const all = await runCli(['--min-severity', 'info', '.'], { cwd });
    expect(all.stdout).toContain('i.txt');
    expect(all.stdout).toContain('✖ 2 problems (0 errors, 1 warning, 1 info) in 2 files checked\n');
  });

  it('a clean run prints one line, also when only infos were found', async () => {
    expect((await runCli(['i.txt'], { cwd: workspace({ 'i.txt': INFO }) })).stdout).toBe('✔ 1 file checked, no problems; 1 info not shown (--min-severity info shows them)\n');
    expect((await runCli(['--quiet', 'i.txt'], { cwd: workspace({ 'i.txt': INFO }) })).stdout).toBe('');
  });

  it('compact and github hide infos by default; json keeps everything unless told', async () => {
    const cwd = workspace({ 'w.txt': WARNING, 'i.txt': INFO });
    expect((await runCli(['-f', 'compact', '.'], { cwd })).stdout).toMatch(/^w\.txt:1:11: warning [^\n]+\n$/);
    expect((await runCli(['-f', 'github', '.'], { cwd })).stdout).toMatch(/^::warning file=w\.txt,[^\n]+\n$/);
    expect(severities((await runCli(['-f', 'json', '.'], { cwd })).stdout).sort()).toEqual(['info', 'warning']);
    const told = await runCli(['-f', 'json', '--min-severity', 'warning', '.'], { cwd });
    expect(severities(told.stdout)).toEqual(['warning']);
    expect(JSON.parse(told.stdout).summary).toMatchObject({ files: 2, errors: 0, warnings: 1, infos: 0 });
  });

  it('leaves the exit code to every finding: hidden warnings still fail --max-warnings, hidden infos never count', async () => {
    const cwd = workspace({ 'w.txt': WARNING, 'i.txt': INFO, 'e.txt': ERROR });
    const hidden = await runCli(['--min-severity', 'error', '--max-warnings', '0', 'w.txt'], { cwd });
    expect(hidden).toMatchObject({ code: 1, stdout: '✔ 1 file checked, no problems; 1 warning not shown (--min-severity warning shows them)\n' });
    expect(hidden.stderr).toBe('phi-lint: too many warnings (1, maximum: 0, not shown because of --min-severity error): exit code 1\n');
    expect((await runCli(['--min-severity', 'error', 'e.txt'], { cwd })).code).toBe(1);
    expect((await runCli(['--max-warnings', '0', 'i.txt'], { cwd })).code).toBe(0);
  });

  it('rejects an unknown level with exit 2', async () => {
    const r = await runCli(['--min-severity', 'notice', '.'], { cwd: workspace({ 'i.txt': INFO }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'notice' is invalid. Allowed choices are error, warning, info.");
  });
});
