#!/usr/bin/env node
// Measures --fix on ../shared/benchmarks/posts-dev (docs/fixes.md): the share of error findings
// that carry a fix, the errors left after one --fix, and whether every fixed JSON file still parses.
// The posts are copied to a temporary folder first: the benchmark itself is never modified.
// Run `npm run build` first. Prints counts only, never the posts' text.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { fixText, lintText } = await import(path.join(root, 'dist', 'api.js'));
const posts = path.resolve(root, '..', 'shared', 'benchmarks', 'posts-dev', 'posts');
const bin = path.join(root, 'bin', 'phi-lint.js');
const work = mkdtempSync(path.join(tmpdir(), 'phi-lint-fix-eval-'));

const lint = (...args) => {
  try {
    return execFileSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (err) {
    return err.stdout;
  }
};
const errorsOf = (report) => report.files.flatMap((f) => f.findings.filter((x) => x.severity === 'error'));

try {
  cpSync(posts, path.join(work, 'posts'), { recursive: true });
  const before = errorsOf(JSON.parse(lint('-f', 'json', '--concurrency', 'off', 'posts')));
  const fixable = before.filter((f) => f.fix);
  lint('--fix', '--concurrency', 'off', 'posts');
  const after = errorsOf(JSON.parse(lint('-f', 'json', '--concurrency', 'off', 'posts')));
  const jsonFiles = readdirSync(path.join(work, 'posts')).filter((f) => f.endsWith('.json'));
  const broken = jsonFiles.filter((f) => {
    try {
      JSON.parse(readFileSync(path.join(work, 'posts', f), 'utf8'));
      return false;
    } catch {
      return true;
    }
  });
  const byCategory = (list) => {
    const counts = new Map();
    for (const f of list) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
    return [...counts].map(([c, n]) => `${c} ${n}`).join(', ');
  };
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '0.0');
  console.log(`errors before --fix:        ${before.length}`);
  console.log(`  with a fix:               ${fixable.length} (${pct(fixable.length, before.length)}%)`);
  console.log(`  without a fix, by category: ${byCategory(before.filter((f) => !f.fix)) || 'none'}`);
  console.log(`errors after one --fix:     ${after.length} (${pct(before.length - after.length, before.length)}% fixed)`);
  console.log(`  of them with a fix:       ${after.filter((f) => f.fix).length}`);
  console.log(`  by category:              ${byCategory(after) || 'none'}`);
  console.log(`JSON files that parse:      ${jsonFiles.length - broken.length}/${jsonFiles.length}`);
  // One pass through the library (--fix makes up to three): errors left, and text outside the fixed ranges kept.
  let left = 0;
  let outside = 0;
  for (const file of readdirSync(posts)) {
    const text = readFileSync(path.join(posts, file), 'utf8');
    const options = { filePath: file, cwd: work, configLookup: false };
    const once = await fixText(text, options);
    left += (await lintText(once.text, options)).findings.filter((f) => f.severity === 'error').length;
    // The pieces of the original between fixed ranges must appear in order, unchanged, with only replacements between them.
    const ends = [0, ...once.fixes.map((f) => f.endOffset)];
    const pieces = ends.map((from, i) => text.slice(from, i < once.fixes.length ? once.fixes[i].offset : text.length));
    let p = 0;
    const ok = pieces.every((piece, i) => {
      const at = i === 0 ? (once.text.startsWith(piece) ? 0 : -1) : i === pieces.length - 1 ? once.text.length - piece.length : once.text.indexOf(piece, p);
      if (at < p || once.text.slice(at, at + piece.length) !== piece) return false;
      p = at + piece.length;
      return true;
    });
    if (!ok) outside++;
  }
  console.log(`errors after a single pass: ${left}`);
  console.log(`files changed outside their fixed ranges: ${outside}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
