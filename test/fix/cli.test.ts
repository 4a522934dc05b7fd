import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { phiLint, ROOT } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const STORY = 'Meet Rosalind Quibley, a Fairview mom who had a stroke. She was admitted on March 14, 2025.\n';
const CALENDAR = JSON.stringify({ posts: [{ body: 'Our patient Tomasz Wirel was admitted on March 14, 2025 with a stroke.' }, { body: 'Flu shots Friday at 9.' }] }, null, 2) + '\n';

const dirs: string[] = [];
const ws = (files: Record<string, string>) => {
  const dir = workspace(files);
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('phi-lint --fix', () => {
  it('rewrites errors in place, keeps JSON valid, and a second run finds no error', () => {
    const dir = ws({ 'story.txt': STORY, 'cal.json': CALENDAR });
    const first = phiLint(['--fix', '--no-config-lookup', '.'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(read(dir, 'story.txt')).toBe('Meet our patient, a local mom who had a stroke. She was admitted in 2025.\n');
    const cal = JSON.parse(read(dir, 'cal.json'));
    expect(cal.posts[1].body).toBe('Flu shots Friday at 9.');
    expect(cal.posts[0].body).not.toMatch(/Tomasz|March/);
    const again = phiLint(['-f', 'json', '--no-config-lookup', '.'], { cwd: dir });
    expect(JSON.parse(again.stdout).summary.errors).toBe(0);
  });

  it('--fix-dry-run prints a masked unified diff and writes nothing', () => {
    const dir = ws({ 'story.txt': STORY });
    const r = phiLint(['--fix-dry-run', '--no-config-lookup', 'story.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/story.txt\n+++ b/story.txt\n@@ -1,1 +1,1 @@\n');
    // The care details beside the name are findings too (context/care-detail): masked like every matched text.
    expect(r.stdout).toContain('+Meet our patient, a local mom who had a ******. She was ******** in 2025.\n');
    expect(r.stdout).not.toMatch(/Rosalind|Quibley|Fairview|March 14/);
    expect(read(dir, 'story.txt')).toBe(STORY);
    const raw = phiLint(['--fix-dry-run', '--no-mask', '--no-config-lookup', 'story.txt'], { cwd: dir });
    expect(raw.stdout).toContain('-Meet Rosalind Quibley, a Fairview mom');
  });

  it('leaves warnings unless --fix-severity warning', () => {
    const text = 'Our patient Tomasz Wirel had a stroke last week.\n';
    const dir = ws({ 'a.txt': text });
    phiLint(['--fix', '--no-config-lookup', 'a.txt'], { cwd: dir });
    expect(read(dir, 'a.txt')).toContain('last week');
    phiLint(['--fix', '--fix-severity', 'warning', '--no-config-lookup', 'a.txt'], { cwd: dir });
    expect(read(dir, 'a.txt')).not.toContain('last week');
  });

  it('does not touch a malformed JSON file, says so in one line, and still fixes the others (exit 2)', () => {
    const broken = '{"body": "Our patient Tomasz Wirel was admitted on March 14, 2025 with a stroke.",}';
    const dir = ws({ 'bad.json': broken, 'story.txt': STORY });
    const r = phiLint(['--fix', '--no-config-lookup', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(read(dir, 'bad.json')).toBe(broken);
    expect(r.stderr).toContain('phi-lint: bad.json: not fixed: it could not be read completely');
    expect(read(dir, 'story.txt')).not.toContain('Rosalind');
  });

  it('does not rewrite findings the baseline accepts', () => {
    const dir = ws({ 'story.txt': STORY });
    phiLint(['--baseline', 'b.json', '--update-baseline', '--no-config-lookup', 'story.txt'], { cwd: dir });
    const r = phiLint(['--fix', '--baseline', 'b.json', '--no-config-lookup', 'story.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(read(dir, 'story.txt')).toBe(STORY);
  });

  it('rejects --fix with --stdin and --fix-severity alone (exit 2)', () => {
    expect(phiLint(['--fix', '--stdin'], { input: 'x' }).code).toBe(2);
    expect(phiLint(['--fix-severity', 'warning', 'x.txt']).code).toBe(2);
    expect(phiLint(['--fix', '--fix-severity', 'info', 'x.txt']).code).toBe(2);
  });

  it('puts fix.text on findings in JSON and fixes in SARIF, without the matched text', () => {
    const dir = ws({ 'story.txt': STORY });
    const json = JSON.parse(phiLint(['-f', 'json', '--no-config-lookup', 'story.txt'], { cwd: dir }).stdout);
    const name = json.files[0].findings.find((f: { category: string }) => f.category === 'name');
    expect(name.fix).toEqual({ text: 'our patient' });
    const sarif = JSON.parse(phiLint(['-f', 'sarif', '--no-config-lookup', 'story.txt'], { cwd: dir }).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'identifiers/person-name');
    expect(result.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 22 },
      insertedContent: { text: 'our patient' },
    });
  });

  it('shows the rewritten line next to the original in the HTML report, masked', () => {
    const dir = ws({ 'story.txt': STORY });
    const html = phiLint(['-f', 'html', '--no-config-lookup', 'story.txt'], { cwd: dir }).stdout;
    expect(html).toContain('<p class="fix">Safe rewrite: <del>Meet ***, a *** mom who had a ***. She was *** on ***.</del> → <ins>Meet our patient, a *** mom');
    expect(html).not.toMatch(/Rosalind|Fairview|March 14/);
  });

  it('never quotes a post in a fix (fix texts are shown unmasked), and suggests none for infos', () => {
    const dir = ws({ 'ages.txt': 'Our patient Margaret Thornbury, 94, had a stroke.\nStaff spotlight: Dr. Anil Mehta, our head of orthopedics.\n' });
    const reports = [phiLint(['-f', 'json', '--no-mask', '--no-config-lookup', 'ages.txt'], { cwd: dir }), phiLint(['-f', 'json', '--no-mask', '--no-config-lookup', '.'], { cwd: path.join(ROOT, 'examples') })];
    let fixes = 0;
    for (const r of reports) {
      for (const file of JSON.parse(r.stdout).files) {
        const texts: string[] = file.findings.map((f: { text: string }) => f.text);
        for (const f of file.findings) {
          if (f.severity === 'info') expect(f.fix).toBeUndefined();
          if (!f.fix) continue;
          fixes++;
          for (const t of texts) if (t.length > 3) expect(f.fix.text).not.toContain(t);
        }
      }
    }
    expect(fixes).toBeGreaterThan(10);
  });
});
