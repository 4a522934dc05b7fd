import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const PEAK_RSS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers', 'peak-rss.mjs');
const MB = 1024 * 1024;
/** The streamed file's size: small enough for every run; .ci/run sets 100 for the full stress run. */
const SIZE_MB = Number(process.env.PHI_LINT_STRESS_MB ?? 12);
const dir = workspace({});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the CLI with the peak-RSS preload under a 128 MB heap cap; returns the result, seconds
 * taken and peak RSS in MB. The cap makes "bounded" a hard property (a run that kept its
 * windows would die out of memory) and keeps the RSS bound from depending on how lazily V8
 * collects on a busy machine: uncapped, the same run peaked at 167 MB alone and 305 MB under
 * CI's parallel load.
 */
function measuredRun(args: string[]) {
  const log = path.join(dir, `rss-${Date.now()}.log`);
  const start = performance.now();
  const r = phiLint(args, { cwd: dir, nodeArgs: ['--max-old-space-size=128', '--import', PEAK_RSS], env: { PHI_LINT_RSS_LOG: log }, timeout: 170_000 });
  const seconds = (performance.now() - start) / 1000;
  const rssMb = Number(readFileSync(log, 'utf8').trim()) / 1024;
  return { ...r, seconds, rssMb };
}

/** Writes `blocks` blocks of `lines` identical lines, replacing some lines (by 0-based number). */
function writeLines(file: string, line: string, linesPerBlock: number, blocks: number, planted: Map<number, string>) {
  const fd = openSync(file, 'w');
  for (let b = 0; b < blocks; b++) {
    const first = b * linesPerBlock;
    const here = [...planted].filter(([n]) => n >= first && n < first + linesPerBlock).sort(([a], [b2]) => a - b2);
    let block = '';
    let from = 0;
    for (const [n, text] of here) {
      block += line.repeat(n - first - from) + text;
      from = n - first + 1;
    }
    writeSync(fd, block + line.repeat(linesPerBlock - from));
  }
  closeSync(fd);
}

describe('large files', () => {
  it(`a ${SIZE_MB} MB file is streamed in bounded memory and time, with exact positions`, () => {
    const line = 'order 4821 shipped to warehouse 7, batch 19 ok, crate 33 sealed\n'; // 64 units
    const mrn = 'crate 33 note: mrn 00482913 was on the label by mistake, fix it\n';
    const patient = 'Our patient Anna Lindqvist was admitted with pneumonia, sorry!!\n';
    expect([line.length, mrn.length, patient.length]).toEqual([64, 64, 64]);
    const perBlock = MB / 64;
    const lines = SIZE_MB * perBlock;
    // MRNs spread over the file, one per line, at lines no window size lines up with.
    const planted = new Map<number, string>();
    for (let n = 7; n < lines; n += SIZE_MB >= 100 ? 163_841 : 16_381) planted.set(n, mrn);
    planted.set(lines - 1, mrn);
    const patientLine = lines / 2 + 15;
    planted.set(patientLine, patient);
    writeLines(path.join(dir, 'big.txt'), line, perBlock, SIZE_MB, planted);

    const r = measuredRun(['-f', 'json', 'big.txt']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('phi-lint: big.txt: note: large input (over 4 MB), scanned as plain text in overlapping windows\n');
    const [file] = JSON.parse(r.stdout).files;
    const mrnLines = [...planted].filter(([, t]) => t === mrn).map(([n]) => ({ ruleId: 'identifiers/mrn', line: n + 1, column: 20, endColumn: 28 }));
    const story = [
      { ruleId: 'identifiers/person-name', line: patientLine + 1, column: 13, endColumn: 27 },
      { ruleId: 'context/care-detail', line: patientLine + 1, column: 32, endColumn: 55 },
    ];
    const expected = [...mrnLines, ...story].sort((a, b) => a.line - b.line);
    expect(file.findings.map(({ ruleId, line: l, column, endColumn }: Record<string, unknown>) => ({ ruleId, line: l, column, endColumn }))).toEqual(expected);
    console.log(`${SIZE_MB} MB file: ${r.seconds.toFixed(1)} s, peak RSS ${r.rssMb.toFixed(0)} MB`);
    expect(r.seconds).toBeLessThan(1.5 * SIZE_MB + 10);
    expect(r.rssMb).toBeLessThan(300);
    rmSync(path.join(dir, 'big.txt'));
  }, 180_000);

  it('a 10 MB single line: every planted SSN found once, at its exact column', () => {
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do ';
    const ssn = 'ssn 219-09-9999 ';
    const chunk = words.repeat(16_200); // ~1 MB
    const parts: string[] = [];
    const columns: number[] = [];
    let length = 0;
    for (let i = 0; i < 10; i++) {
      // Each SSN lands at an odd offset, somewhere a window is likely to be cut.
      const at = chunk.length - 1000 * (i + 1) - 3 * i;
      parts.push(chunk.slice(0, at), ssn, chunk.slice(at));
      columns.push(length + at + 4 + 1);
      length += chunk.length + ssn.length;
    }
    const file = path.join(dir, 'line.md');
    const fd = openSync(file, 'w');
    for (const p of parts) writeSync(fd, p);
    closeSync(fd);
    expect(length).toBeGreaterThan(10_000_000);

    const r = measuredRun(['-f', 'json', 'line.md']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings.map((f: { line: number; column: number; endColumn: number }) => [f.line, f.column, f.endColumn])).toEqual(columns.map((c) => [1, c, c + 11]));
    expect(r.rssMb).toBeLessThan(300);
    rmSync(file);
  }, 120_000);
});

describe('large text given directly', () => {
  it('lintText windows a string as large as a streamed file, positions exact', async () => {
    const { lintText } = await import('../../src/api.js');
    const line = 'lorem ipsum dolor sit amet\r\n';
    const text = line.repeat(200_000) + 'x mrn 00482913\r' + line.repeat(10);
    const result = await lintText(text, { filePath: 'stdin.json' });
    expect(result.notes).toEqual(['large input (over 4 MB), scanned as plain text in overlapping windows']);
    expect(result.findings.map((f) => [f.line, f.column, f.offset])).toEqual([[200_001, 7, line.length * 200_000 + 6]]);
  });
});
