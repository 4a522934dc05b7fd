#!/usr/bin/env node
// Scores the phi-lint CLI on the posts-dev benchmark, the ASQ-PHI benchmark
// and the project's annotated fixtures. Usage:
//   npm run eval [-- --only posts|drafts|asq|fixtures] [--fixtures tuning|holdout|all] [--verbose]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { evalPosts } from './eval-posts.js';
import { evalDrafts } from './eval-drafts.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASQ = process.env.ASQ_PHI ?? path.resolve(ROOT, '..', 'shared', 'benchmarks', 'asq-phi', 'asq_phi_with_offsets.json');
const POSTS_DEV = process.env.POSTS_DEV ?? path.resolve(ROOT, '..', 'shared', 'benchmarks', 'posts-dev');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : 'all';
if (!['all', 'posts', 'drafts', 'asq', 'fixtures'].includes(only)) {
  console.error(`--only takes posts, drafts, asq or fixtures, not ${only}`);
  process.exit(2);
}
const split = args.includes('--fixtures') ? args[args.indexOf('--fixtures') + 1] : 'all';
const verbose = args.includes('--verbose');

/** Runs the real CLI once over a folder and returns its JSON report. */
function lintFolder(dir) {
  let out;
  try {
    // --no-images: the benchmarks ship their posts' text, not the images they reference.
    out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'phi-lint.js'), '-f', 'json', '--no-mask', '--no-images', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } catch (err) {
    // Status 1 means "found errors", 2 "a file could not be read" (reported with the rest); a crashed CLI exits with no report.
    if ((err.status !== 1 && err.status !== 2) || !err.stdout) throw err;
    out = err.stdout;
  }
  return JSON.parse(out);
}

/** Line/column (1-based, UTF-16) -> offset. */
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

const pct = (n, d) => (d ? (n / d).toFixed(3) : '  -  ');

function evalAsq() {
  if (!existsSync(ASQ)) return console.log(`ASQ-PHI not found at ${ASQ}; skipped.`);
  const items = JSON.parse(readFileSync(ASQ, 'utf8'));
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-asq-'));
  for (const item of items) writeFileSync(path.join(dir, `${item.id}.txt`), item.text);
  const report = lintFolder(dir);
  rmSync(dir, { recursive: true, force: true });
  const byId = new Map(report.files.map((f) => [f.filePath.replace(/\.txt$/, ''), f.findings]));
  const perType = new Map();
  let spans = 0, found = 0, phiTexts = 0, phiFlagged = 0, negTexts = 0, negFlagged = 0;
  const misses = [], falseAlarms = [];
  for (const item of items) {
    const findings = (byId.get(String(item.id)) ?? []).map((f) => ({
      ...f,
      start: offsetOf(item.text, f.line, f.column),
      end: offsetOf(item.text, f.endLine, f.endColumn),
    }));
    const hasError = findings.some((f) => f.severity === 'error');
    if (item.hard_negative) {
      negTexts++;
      if (hasError) {
        negFlagged++;
        falseAlarms.push(`${item.id}: ${findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}="${item.text.slice(f.start, f.end)}"`).join(', ')}`);
      }
      continue;
    }
    phiTexts++;
    if (hasError) phiFlagged++;
    for (const e of item.entities) {
      if (e.start == null) continue;
      spans++;
      const t = perType.get(e.type) ?? { spans: 0, found: 0 };
      t.spans++;
      if (findings.some((f) => f.start < e.end && f.end > e.start)) {
        found++;
        t.found++;
      } else misses.push(`${item.id} ${e.type}: "${e.value}"`);
      perType.set(e.type, t);
    }
  }
  console.log('\nASQ-PHI (any finding overlapping a labelled span counts)');
  console.log(`  span recall                 ${pct(found, spans)}  (${found}/${spans})`);
  console.log(`  PHI texts with an error     ${pct(phiFlagged, phiTexts)}  (${phiFlagged}/${phiTexts})`);
  console.log(`  hard negatives with error   ${pct(negFlagged, negTexts)}  (${negFlagged}/${negTexts})`);
  console.log('  recall by type:');
  for (const [type, t] of [...perType].sort((a, b) => b[1].spans - a[1].spans)) {
    console.log(`    ${type.padEnd(32)} ${pct(t.found, t.spans)}  (${t.found}/${t.spans})`);
  }
  if (verbose) {
    console.log('\n  missed spans:\n    ' + misses.join('\n    '));
    console.log('\n  hard negatives with an error:\n    ' + falseAlarms.join('\n    '));
  }
}

function evalFixtures(name) {
  const dir = path.join(ROOT, 'fixtures', name);
  const expected = parse(readFileSync(path.join(dir, 'expected.yaml'), 'utf8'));
  const report = lintFolder(dir);
  const byFile = new Map(report.files.map((f) => [f.filePath, f.findings]));
  const perCat = new Map();
  let want = 0, got = 0, clean = 0, dirty = 0, unsafe = 0, unsafeFlagged = 0;
  const problems = [];
  for (const [file, exp] of Object.entries(expected)) {
    const errors = (byFile.get(file) ?? []).filter((f) => f.severity === 'error');
    if (exp.clean) {
      clean++;
      if (errors.length) {
        dirty++;
        problems.push(`${file}: should be clean: ${errors.map((f) => `${f.line}:${f.column} ${f.ruleId}`).join(', ')}`);
      }
      continue;
    }
    unsafe++;
    if (errors.length) unsafeFlagged++;
    for (const e of exp.errors) {
      want++;
      const c = perCat.get(e.category) ?? { want: 0, got: 0 };
      c.want++;
      if (errors.some((f) => f.category === e.category && f.line <= e.line && f.endLine >= e.line)) {
        got++;
        c.got++;
      } else problems.push(`${file}:${e.line}: missing ${e.category} error`);
      perCat.set(e.category, c);
    }
  }
  console.log(`\nfixtures/${name}`);
  console.log(`  annotated errors found      ${pct(got, want)}  (${got}/${want})`);
  console.log(`  unsafe posts with an error  ${pct(unsafeFlagged, unsafe)}  (${unsafeFlagged}/${unsafe})`);
  console.log(`  safe posts with an error    ${pct(dirty, clean)}  (${dirty}/${clean})`);
  console.log('  found by category:');
  for (const [cat, c] of [...perCat].sort((a, b) => b[1].want - a[1].want)) console.log(`    ${cat.padEnd(24)} ${pct(c.got, c.want)}  (${c.got}/${c.want})`);
  if (verbose) console.log('\n  ' + problems.join('\n  '));
}

const run = (part) => only === 'all' || only === part;
if (run('posts')) evalPosts(POSTS_DEV, lintFolder, verbose);
if (run('drafts')) evalDrafts(path.join(ROOT, 'fixtures', 'drafts'), lintFolder, verbose);
if (run('asq')) evalAsq();
if (run('fixtures')) for (const name of split === 'all' ? ['tuning', 'holdout'] : [split]) evalFixtures(name);
