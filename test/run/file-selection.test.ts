import { describe, expect, it } from 'vitest';
import { lintFiles, type LintFilesOptions } from '../../src/api.js';
import { formatOf } from '../../src/formats/index.js';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();
const MRN = 'Our patient, MRN 1234567, went home.\n';

async function lint(dir: string, patterns: string[], options: LintFilesOptions = {}) {
  const warnings: string[] = [];
  const report = await lintFiles(patterns, { cwd: dir, concurrency: 'off', onWarning: (w) => warnings.push(w), ...options });
  return { files: report.files.map((f) => f.filePath), report, warnings };
}

describe('which files a run lints', () => {
  it('--ext and extensions: add file types; .mdx reads as Markdown, .csv one post per row, .html as text', async () => {
    const dir = workspace({ 'a.mdx': MRN, 'b.html': `<p>${MRN}</p>`, 'c.csv': MRN, 'd.txt': MRN, 'sub/.phi-lint.yaml': 'extensions: [.html]\n', 'sub/e.html': MRN });
    expect((await lint(dir, ['.'])).files).toEqual(['d.txt', 'sub/e.html']);
    expect((await lint(dir, ['.'], { extensions: ['.mdx', '.csv'] })).files).toEqual(['a.mdx', 'c.csv', 'd.txt', 'sub/e.html']);
    expect([formatOf('a.mdx'), formatOf('c.CSV'), formatOf('b.html'), formatOf('x.tsv')]).toEqual(['markdown', 'rows', 'text', 'rows']);
  });

  it('a CSV row is a post of its own: a patient in one row does not make the next row\'s name a patient\'s', async () => {
    const dir = workspace({ 'calendar.csv': 'date,text\n2026-06-01,Our patient Hank Dorsey had a stroke.\n2026-06-02,Meet Maria Gonzalez at the bake sale.\n' });
    const { report } = await lint(dir, ['calendar.csv']);
    const names = report.files[0].findings.filter((f) => f.ruleId === 'identifiers/person-name').map((f) => [f.line, f.severity]);
    expect(names).toEqual([[2, 'error'], [3, 'warning']]);
  });

  it('"!" leaves out what a .gitignore line would, relative to the working directory', async () => {
    const dir = workspace({ 'posts/a.txt': MRN, 'posts/drafts/b.txt': MRN, 'posts/c.json': '{"text": "hello"}' });
    expect((await lint(dir, ['posts', '!posts/drafts/'])).files).toEqual(['posts/a.txt', 'posts/c.json']);
    expect((await lint(dir, ['!*.json'])).files).toEqual(['posts/a.txt', 'posts/drafts/b.txt']);
  });

  it('--ignore-pattern ignores as ignorePatterns does: a named file is a warning, not linted', async () => {
    const dir = workspace({ 'posts/a.txt': MRN, 'posts/drafts/b.txt': MRN });
    expect((await lint(dir, ['posts'], { ignorePatterns: ['drafts/'] })).files).toEqual(['posts/a.txt']);
    const named = await lint(dir, ['posts/drafts/b.txt'], { ignorePatterns: ['drafts/'] });
    expect(named.files).toEqual([]);
    expect(named.warnings).toEqual([expect.stringMatching(/^posts\/drafts\/b\.txt: file ignored because of a matching ignore pattern/)]);
  });

  it('an empty folder named on the command line is "0 files", not an error; an unmatched glob, or a folder of other file types, still is', async () => {
    const dir = workspace({ 'posts/.gitkeep': '', 'other/a.docx': 'x' });
    const empty = await lint(workspace({ 'posts/.gitkeep': '', 'posts/drafts/old.txt': MRN, '.gitignore': 'drafts/\n' }), ['posts']);
    expect(empty.files).toEqual([]);
    expect(empty.warnings).toEqual(['posts: 0 files (the folder holds no file to lint)']);
    await expect(lint(dir, ['posts/*.md'])).rejects.toThrow(/no files matching "posts\/\*\.md"/);
    await expect(lint(dir, ['other'])).rejects.toThrow('no files matching "other" were found (it holds files with other extensions (.docx), which --ext adds; ');
    expect((await lint(dir, ['other'], { extensions: ['.docx'] })).files).toEqual(['other/a.docx']);
  });

  it('on the command line: --ext, --ignore-pattern, "!" and an empty folder', async () => {
    const dir = workspace({ 'posts/a.mdx': MRN, 'posts/b.txt': MRN, 'posts/old/c.txt': MRN, 'empty/.keep': '' });
    const r = await runCli(['-f', 'json', '--ext', 'mdx,.csv', '--ignore-pattern', 'old/', 'posts', '!posts/b.txt'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { filePath: string }) => f.filePath)).toEqual(['posts/a.mdx']);
    expect(r.code).toBe(1);
    const none = await runCli(['empty'], dir);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('empty: 0 files');
  });
});
