import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const POST = 'mrn 00482913\n';

/** Every file under dir, relative, sorted. */
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.split(path.sep).join('/')).sort();

describe('reports are written atomically (src/lib/write-file.ts)', () => {
  it('-o into a missing folder: one clear line, exit 2, nothing written', () => {
    const cwd = workspace({ 'post.txt': POST });
    const r = phiLint(['-f', 'json', '-o', 'out/report.json', 'post.txt'], { cwd });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'phi-lint: cannot write "out/report.json": its folder does not exist\n' });
    expect(tree(cwd)).toEqual(['post.txt']);
  });

  it('-o onto a folder: exit 2, the folder untouched, no temporary file left', () => {
    const cwd = workspace({ 'post.txt': POST, 'reports/old.json': '{}' });
    mkdirSync(path.join(cwd, 'reports/empty'));
    const r = phiLint(['-o', 'reports', 'post.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: cannot write "reports": [^\n]+\n$/);
    expect(tree(cwd)).toEqual(['post.txt', 'reports', 'reports/empty', 'reports/old.json']);
  });
});
