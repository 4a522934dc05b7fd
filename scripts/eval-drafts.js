// Scores the drafts of fixtures/drafts/ (written apart from every benchmark):
// unsafe drafts with an error, safe drafts with an error, per set.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function evalDrafts(dir, lintFolder, verbose) {
  console.log('\nfixtures/drafts (drafts written apart from every benchmark; errors decide posts)');
  console.log('  set      unsafe with an error   safe with an error');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const drafts = readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const tmp = mkdtempSync(path.join(tmpdir(), 'phi-lint-drafts-'));
    for (const d of drafts) writeFileSync(path.join(tmp, `${d.id}.${d.ext}`), d.content);
    const report = lintFolder(tmp);
    rmSync(tmp, { recursive: true, force: true });
    const flagged = new Set(report.files.filter((f) => f.findings.some((x) => x.severity === 'error')).map((f) => path.basename(f.filePath).split('.')[0]));
    const unsafe = drafts.filter((d) => d.verdict === 'unsafe');
    const safe = drafts.filter((d) => d.verdict === 'safe');
    const caught = unsafe.filter((d) => flagged.has(d.id));
    const alarms = safe.filter((d) => flagged.has(d.id));
    const cell = (n, d) => `${n}/${d} = ${(n / d).toFixed(3)}`.padEnd(23);
    console.log(`  ${file.replace('.jsonl', '').padEnd(8)} ${cell(caught.length, unsafe.length)}${cell(alarms.length, safe.length)}`);
    if (verbose) {
      const missed = unsafe.filter((d) => !flagged.has(d.id)).map((d) => d.id);
      console.log(`    missed: ${missed.join(' ')}\n    false alarms: ${alarms.map((d) => d.id).join(' ')}`);
    }
  }
}
