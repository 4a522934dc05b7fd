// Scores the phi-lint CLI on the labelled posts-dev benchmark. The metrics
// follow ../shared/benchmarks/posts-dev/score.py exactly, so the 'all' row
// can be checked against it. Ids divisible by 5 form a holdout that only
// ever prints as one aggregate row, so tuning never looks at its posts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const isHoldout = (post) => Number(post.id.replace(/\D/g, '')) % 5 === 0;

/** score.py's "%d/%d = %.3f" with its max(1, d). */
function ratio(n, d) {
  const x = n / Math.max(1, d);
  // toFixed rounds exact ties (x = odd/16) up; Python's % rounds them to even.
  let s = x.toFixed(3);
  const tie = Number.isInteger(x * 16) && (x * 16) % 2 === 1;
  if (tie && Number(s.at(-1)) % 2 === 1) s = (x - 0.0005).toFixed(3);
  return `${n}/${d} = ${s}`;
}

/** UTF-16 offset of each line start; lines end at '\n' only, as in score.py. */
function lineStarts(content) {
  const starts = [0];
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const toOffset = (starts, line, col) => starts[Math.max(1, Math.min(line, starts.length)) - 1] + col - 1;

/** Per-post outcome: did it get an error, and which labelled spans were overlapped. */
function scorePost(post, findings) {
  const starts = lineStarts(post.content);
  const ranges = findings.map((f) => {
    const a = toOffset(starts, f.line, f.column);
    const b = toOffset(starts, f.endLine ?? f.line, f.endColumn ?? f.column + 1);
    return [a, Math.max(b, a + 1)];
  });
  return {
    post,
    hasError: findings.some((f) => f.severity === 'error'),
    spans: post.spans.map((s) => ({ category: s.category, hit: ranges.some(([a, b]) => a < s.end && s.start < b) })),
  };
}

/** score.py --phi-only: claim spans dropped, and the unsafe posts that had only claims. */
function phiOnly(results) {
  return results
    .map((r) => ({ ...r, spans: r.spans.filter((s) => s.category !== 'claim'), claimsOnly: r.post.spans.every((s) => s.category === 'claim') }))
    .filter((r) => r.post.verdict !== 'unsafe' || !r.claimsOnly);
}

function summarise(results) {
  const unsafe = results.filter((r) => r.post.verdict === 'unsafe');
  const safe = results.filter((r) => r.post.verdict !== 'unsafe');
  const spans = results.flatMap((r) => r.spans);
  return {
    recall: ratio(unsafe.filter((r) => r.hasError).length, unsafe.length),
    alarms: ratio(safe.filter((r) => r.hasError).length, safe.length),
    spans: ratio(spans.filter((s) => s.hit).length, spans.length),
  };
}

/** Per-organisation and per-category tables; never called for the holdout. */
function printDetail(name, results, verbose) {
  const orgs = new Map();
  for (const r of results) {
    const o = orgs.get(r.post.org) ?? { caught: 0, unsafe: 0, alarms: 0, safe: 0 };
    if (r.post.verdict === 'unsafe') {
      o.unsafe++;
      o.caught += r.hasError;
    } else {
      o.safe++;
      o.alarms += r.hasError;
    }
    orgs.set(r.post.org, o);
  }
  console.log(`\n  ${name} by organisation       unsafe caught   safe with an error`);
  for (const [org, o] of [...orgs].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`    ${org.padEnd(26)} ${`${o.caught}/${o.unsafe}`.padStart(9)}   ${`${o.alarms}/${o.safe}`.padStart(14)}`);
  }
  const cats = new Map();
  for (const s of results.flatMap((r) => r.spans)) {
    const c = cats.get(s.category) ?? { hit: 0, total: 0 };
    c.total++;
    c.hit += s.hit;
    cats.set(s.category, c);
  }
  console.log(`\n  ${name} span recall by category`);
  for (const [cat, c] of [...cats].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    console.log(`    ${cat.padEnd(14)} ${String(c.hit).padStart(3)}/${String(c.total).padStart(3)}`);
  }
  if (verbose) {
    const missed = results.filter((r) => r.post.verdict === 'unsafe' && !r.hasError).map((r) => r.post.id);
    const alarms = results.filter((r) => r.post.verdict !== 'unsafe' && r.hasError).map((r) => r.post.id);
    console.log(`\n  ${name} missed unsafe: ${missed.join(' ')}`);
    console.log(`  ${name} false alarms:  ${alarms.join(' ')}`);
  }
}

/** Lints dir/posts with the real CLI (via lintFolder) and prints the tables. */
export function evalPosts(dir, lintFolder, verbose) {
  const labels = path.join(dir, 'posts-dev.jsonl');
  if (!existsSync(labels)) return console.log(`posts-dev not found at ${dir}; skipped.`);
  const posts = readFileSync(labels, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const report = lintFolder(path.join(dir, 'posts'));
  // Matched by base name, as score.py does.
  const byFile = new Map(report.files.map((f) => [path.basename(f.filePath), f.findings ?? []]));
  const results = posts.map((p) => scorePost(p, byFile.get(p.file) ?? []));
  const splits = {
    dev: results.filter((r) => !isHoldout(r.post)),
    holdout: results.filter((r) => isHoldout(r.post)),
    all: results,
  };
  console.log('\nposts-dev (errors decide posts; any finding overlapping a span counts)');
  console.log(`  ${'split'.padEnd(8)} ${'post recall'.padEnd(20)} ${'false alarms'.padEnd(20)} span recall`);
  for (const [name, rs] of Object.entries(splits)) {
    const s = summarise(rs);
    console.log(`  ${name.padEnd(8)} ${s.recall.padEnd(20)} ${s.alarms.padEnd(20)} ${s.spans}`);
  }
  // Health claims are warnings by default (rules/claims.yaml), so posts whose only problem is a claim never count as caught.
  console.log('  without health claims (score.py --phi-only):');
  for (const [name, rs] of Object.entries(splits)) {
    const s = summarise(phiOnly(rs));
    console.log(`  ${name.padEnd(8)} ${s.recall.padEnd(20)} ${s.alarms.padEnd(20)} ${s.spans}`);
  }
  printDetail('dev', splits.dev, verbose);
  printDetail('all', splits.all, false);
}
