import { describe, expect, it } from 'vitest';
import { lintFiles, type LintFilesOptions } from '../../src/api.js';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';
import { TEST_PACK } from '../helpers/workspace.js';

const workspace = tempWorkspaces();
const MRN = 'Our patient, MRN 1234567, went home.\n';

/** lintFiles with the test pack only, collecting its warnings. */
async function lint(dir: string, patterns: string[], options: LintFilesOptions = {}) {
  const warnings: string[] = [];
  const report = await lintFiles(patterns, { cwd: dir, noBuiltin: true, concurrency: 'off', onWarning: (w) => warnings.push(w), ...options });
  return { report, warnings };
}

const config = (extra: string) => `root: true\nextends: [./pack.yaml]\n${extra}`;

describe('a config never makes a run pass in silence', () => {
  it('a file named on the command line but ignored is a warning; the other files are linted', async () => {
    const dir = workspace({ 'pack.yaml': TEST_PACK, '.phi-lint.yaml': config('ignorePatterns: [drafts/]\n'), 'drafts/a.txt': MRN, 'b.txt': MRN });
    const { report, warnings } = await lint(dir, ['drafts/a.txt', 'b.txt']);
    expect(report.files.map((f) => f.filePath)).toEqual(['b.txt']);
    expect(warnings).toEqual(['drafts/a.txt: file ignored because of a matching ignore pattern (ignorePatterns in your config, or --ignore-pattern; see --print-config drafts/a.txt)']);
  });

  it("a folder whose every file is ignored (ignorePatterns: ['**']) is an error, or a warning with --no-error-on-unmatched-pattern", async () => {
    const dir = workspace({ 'pack.yaml': TEST_PACK, '.phi-lint.yaml': config("ignorePatterns: ['**']\n"), 'posts/a.txt': MRN, 'posts/b.txt': MRN });
    await expect(lint(dir, ['posts'])).rejects.toThrow(/every file found in the paths given \(2\) is ignored by ignore patterns/);
    const { report, warnings } = await lint(dir, ['posts'], { errorOnUnmatchedPattern: false });
    expect(report.files).toEqual([]);
    expect(warnings).toEqual(['every file found in the paths given (2) is ignored by ignore patterns (ignorePatterns in your config, or --ignore-pattern), so nothing was checked']);
  });

  it('a config that turns every rule off is a warning naming the config', async () => {
    const off = 'rules: { test/mrn: "off", test/phone: "off", test/email: "off" }\n';
    const dir = workspace({ 'pack.yaml': TEST_PACK, '.phi-lint.yaml': config(off), 'a.txt': MRN });
    const { report, warnings } = await lint(dir, ['.']);
    expect(report.summary.errors).toBe(0);
    expect(warnings).toEqual(['.phi-lint.yaml: every rule is turned off, so these files were not checked for PHI']);
  });

  it('the CLI prints the warnings on stderr and exits 2 when every file is ignored', async () => {
    const dir = workspace({ '.phi-lint.yaml': "ignorePatterns: ['**']\n", 'posts/a.txt': MRN });
    const all = await runCli(['posts'], dir);
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/^phi-lint: every file found in the paths given \(1\) is ignored/);
    const named = await runCli(['posts/a.txt'], dir);
    expect(named.code).toBe(0);
    expect(named.stderr).toBe('phi-lint: warning: posts/a.txt: file ignored because of a matching ignore pattern (ignorePatterns in your config, or --ignore-pattern; see --print-config posts/a.txt)\n');
  });

  it('--stdin with an ignored --stdin-filename is a warning', async () => {
    const dir = workspace({ '.phi-lint.yaml': 'ignorePatterns: [drafts/]\n' });
    const r = await runCli(['--stdin', '--stdin-filename', 'drafts/a.txt'], { cwd: dir, input: MRN });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('phi-lint: warning: drafts/a.txt: --stdin-filename is ignored because of a matching ignore pattern (ignorePatterns in your config, or --ignore-pattern), so the text was not checked\n');
  });
});
