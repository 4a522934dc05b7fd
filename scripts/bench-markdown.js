#!/usr/bin/env node
// `node scripts/bench-markdown.js` (after `npm run build`): the Markdown inputs
// that made the parser quadratic (11-80 s each before the parsing budget), timed
// through the built library. Each must finish within LIMIT_MS, fallback note
// included; a clock belongs here, not in the unit tests (test/formats/markdown/budget.test.ts
// checks the same inputs take the fallback, which is deterministic).
import { lintText } from '../dist/api.js';

const LIMIT_MS = Number(process.env.BENCH_MARKDOWN_LIMIT_MS ?? 3000);
const INPUTS = {
  '100k unmatched [': '['.repeat(100_000),
  '40k nested "- " markers': '- '.repeat(40_000) + 'x',
  '100k unclosed "[a]("': '[a]('.repeat(100_000),
  '100k unclosed "[a][b"': '[a][b'.repeat(100_000),
  '1,500 lines nested by indentation': Array.from({ length: 1500 }, (_, i) => '  '.repeat(i) + '- x').join('\n'),
  '5,000 nested quotes': ('> '.repeat(5000) + 'x\n').repeat(3),
};

let failed = 0;
for (const [name, text] of Object.entries(INPUTS)) {
  const t0 = performance.now();
  const result = await lintText(text, { filePath: 'hostile.md' });
  const ms = performance.now() - t0;
  const ok = ms < LIMIT_MS && (result.notes ?? []).some((n) => n.includes('scanned as plain text'));
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'SLOW'} ${name}: ${ms.toFixed(0)} ms, ${(text.length / 1024).toFixed(0)} KB${result.notes ? `, note: ${result.notes.join('; ')}` : ''}`);
}
process.exitCode = failed ? 1 : 0;
