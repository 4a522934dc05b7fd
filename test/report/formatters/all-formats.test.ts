import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../../src/report/formatters/index.js';
import { rawMatches, runCli } from '../../helpers/run.js';
import { workspace } from '../../helpers/workspace.js';

/** The same fixtures through every format: errors, a warning, infos, a malformed file and a clean one. */
const ALL = ['.'];
/** A warning and two infos, no errors: exit 0 unless --max-warnings says otherwise. */
const WARNINGS_ONLY = ['staff, event.txt', 'clean.txt'];

describe.each(FORMAT_NAMES)('--format %s', (format) => {
  it('masks every matched text, and shows it with --no-mask', async () => {
    const raw = await rawMatches(ALL);
    expect(raw).toEqual(expect.arrayContaining(['00571938', 'Rosalind Featherstone', 'Maria Gonzalez']));
    const masked = await runCli(['-f', format, ...ALL]);
    expect(masked.code).toBe(2);
    expect(masked.stdout.length).toBeGreaterThan(0);
    for (const text of raw) expect(masked.stdout, text).not.toContain(text);
    const shown = await runCli(['--no-mask', '-f', format, ...ALL]);
    expect(shown.stdout).toContain('00571938');
  });

  it('writes the same report to -o and nothing to stdout', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-o-')), `report.${format}`);
    const toFile = await runCli(['-f', format, '-o', out, ...ALL]);
    expect(toFile).toMatchObject({ code: 2, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe((await runCli(['-f', format, ...ALL])).stdout);
  });

  it('prints no line a CI runner would read as a workflow command, whatever the post or its file name says', async () => {
    const cwd = workspace({
      '::warning file=x::##[add-mask]y.txt': 'MRN 00571938\n::add-mask::not-a-secret\n  ##[error]spoofed\n::stop-commands::tok\n',
    });
    // The github format's own lines are commands by design; their data is escaped by GitHub's rules instead.
    const ours = /^::(error|warning|notice) file=[^:]*::[^\n]*$/;
    for (const args of [[], ['--no-mask']]) {
      const { stdout, stderr } = await runCli([...args, '-f', format, '.'], cwd);
      expect(stdout).toContain('add-mask');
      const lines = `${stdout}\n${stderr}`.split('\n').filter((l) => !(format === 'github' && ours.test(l)));
      expect(lines.filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([]);
      expect(`${stdout}${stderr}`).not.toContain('\x1b');
    }
  });

  it('honours --quiet and --max-warnings', async () => {
    expect((await runCli(['-f', format, ...WARNINGS_ONLY])).code).toBe(0);
    expect((await runCli(['-f', format, '--max-warnings', '0', ...WARNINGS_ONLY])).code).toBe(1);
    expect((await runCli(['-f', format, '--max-warnings', '1', ...WARNINGS_ONLY])).code).toBe(0);
    const quiet = await runCli(['-f', format, '--quiet', ...WARNINGS_ONLY]);
    expect(quiet.code).toBe(0);
    const shown = format === 'sarif' ? JSON.stringify(JSON.parse(quiet.stdout).runs[0].results) : quiet.stdout;
    expect(shown).not.toMatch(/identifiers\/(phone|email|person-name)/);
  });
});
