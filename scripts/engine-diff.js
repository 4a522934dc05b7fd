#!/usr/bin/env node
// Proves that a change to the scanning engine keeps the output: runs the CLI
// (`-f json --no-mask`) over the bench corpus and every `npm run eval` text set
// and saves each report, or compares them with saved ones byte for byte.
//   node scripts/engine-diff.js --save DIR      write the baseline
//   node scripts/engine-diff.js --compare DIR   exit 1 on any difference
// Differences print as file, rule, position and severity, never the matched
// text (some sets are held out from tuning). Build first (`npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'benchmarks');
const ASQ = process.env.ASQ_PHI ?? path.join(SHARED, 'asq-phi', 'asq_phi_with_offsets.json');
const POSTS_DEV = process.env.POSTS_DEV ?? path.join(SHARED, 'posts-dev', 'posts');

const args = process.argv.slice(2);
const mode = args.includes('--save') ? 'save' : args.includes('--compare') ? 'compare' : undefined;
const out = mode && args[args.indexOf(`--${mode}`) + 1];
if (!mode || !out) {
  console.error('usage: engine-diff.js --save DIR | --compare DIR');
  process.exit(2);
}

/** A user pack: the tests' rule whose regex has a literal anchor (fixtures/packs/acme.yaml), and one whose regex has none (full scan). */
const USER_PACK = `${readFileSync(path.join(ROOT, 'fixtures', 'packs', 'acme.yaml'), 'utf8').trimEnd()}
  - id: acme/any-long-word
    category: other-id
    severity: warning
    message: A long word.
    detector: pattern
    patterns: ['\\b[a-z]{14,}\\b']
    examples:
      match: ['a cardiopulmonary thing']
      noMatch: ['a short thing']
`;

/** The real CLI over `.` in `cwd`, as `npm run eval` runs it; exit 1 (errors found) and 2 (a file could not be read, reported with the rest) are normal outcomes. */
function lint(cwd, extra = []) {
  try {
    return execFileSync(process.execPath, [path.join(ROOT, 'bin', 'phi-lint.js'), '-f', 'json', '--no-mask', ...extra, '.'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } catch (err) {
    if ((err.status !== 1 && err.status !== 2) || !err.stdout) throw err;
    return err.stdout;
  }
}

/** Runs `fn(dir)` over a scratch folder that `fill(dir)` writes, and removes it after. */
function inScratch(fill, fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-engine-diff-'));
  try {
    fill(dir);
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Every set: name -> () => the CLI's JSON report. */
function sets() {
  const all = {};
  const corpus = (extra) => () => inScratch((dir) => writeCorpus(dir, Number(process.env.BENCH_POSTS ?? 5000)), (dir) => lint(dir, extra));
  all['corpus-off'] = corpus(['--concurrency', 'off']);
  all['corpus-auto'] = corpus(['--concurrency', 'auto']);
  // auto runs on the main thread alone on a busy machine: two threads (the main one and a worker) always.
  all['corpus-2'] = corpus(['--concurrency', '2']);
  if (existsSync(POSTS_DEV)) all['posts-dev'] = () => lint(POSTS_DEV);
  for (const name of ['tuning', 'holdout']) all[`fixtures-${name}`] = () => lint(path.join(ROOT, 'fixtures', name));
  all['fixtures-tuning-user-pack'] = () =>
    inScratch(
      (dir) => writeFileSync(path.join(dir, 'pack.yaml'), USER_PACK),
      (dir) => lint(path.join(ROOT, 'fixtures', 'tuning'), ['--rules', path.join(dir, 'pack.yaml')]),
    );
  const drafts = path.join(ROOT, 'fixtures', 'drafts');
  for (const file of readdirSync(drafts).filter((f) => f.endsWith('.jsonl')).sort()) {
    all[`drafts-${file.replace('.jsonl', '')}`] = () =>
      inScratch((dir) => jsonl(path.join(drafts, file)).forEach((d) => writeFileSync(path.join(dir, `${d.id}.${d.ext}`), d.content)), lint);
  }
  if (existsSync(ASQ)) {
    all['asq-phi'] = () =>
      inScratch((dir) => JSON.parse(readFileSync(ASQ, 'utf8')).forEach((item) => writeFileSync(path.join(dir, `${item.id}.txt`), item.text)), lint);
  }
  return all;
}

/** One line per finding, without its text: what a difference report may show of held-out sets. */
const findingKey = (f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.severity} ${f.decision ?? ''}`;

/** The files whose findings differ, each with the findings only one side has (at most 5 lines a file). */
function describeDiff(before, after) {
  const a = new Map(JSON.parse(before).files.map((f) => [f.filePath, f.findings]));
  const b = new Map(JSON.parse(after).files.map((f) => [f.filePath, f.findings]));
  const lines = [];
  for (const file of new Set([...a.keys(), ...b.keys()])) {
    const x = JSON.stringify(a.get(file));
    const y = JSON.stringify(b.get(file));
    if (x === y) continue;
    const xs = (a.get(file) ?? []).map(findingKey);
    const ys = (b.get(file) ?? []).map(findingKey);
    const gone = xs.filter((k) => !ys.includes(k)).map((k) => `- ${k}`);
    const added = ys.filter((k) => !xs.includes(k)).map((k) => `+ ${k}`);
    const detail = gone.length || added.length ? [...gone, ...added] : ['  (same findings, other fields or order differ)'];
    lines.push(`  ${file}`, ...detail.slice(0, 5).map((l) => `    ${l}`));
  }
  return lines;
}

mkdirSync(out, { recursive: true });
let differences = 0;
for (const [name, make] of Object.entries(sets())) {
  const t0 = Date.now();
  const report = make();
  const file = path.join(out, `${name}.json`);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (mode === 'save') {
    writeFileSync(file, report);
    console.log(`${name}: saved (${seconds} s)`);
    continue;
  }
  if (!existsSync(file)) {
    console.log(`${name}: no baseline in ${out}`);
    differences++;
    continue;
  }
  const before = readFileSync(file, 'utf8');
  if (before === report) {
    console.log(`${name}: identical (${seconds} s)`);
    continue;
  }
  differences++;
  writeFileSync(path.join(out, `${name}.new.json`), report);
  console.log(`${name}: DIFFERS (${seconds} s); new report in ${name}.new.json`);
  for (const line of describeDiff(before, report)) console.log(line);
}
if (mode === 'compare') console.log(differences ? `${differences} set(s) differ` : 'every set identical');
process.exitCode = differences ? 1 : 0;
