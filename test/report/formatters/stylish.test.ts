import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { runCli } from '../../helpers/run.js';

const EXAMPLES = path.join(ROOT, 'examples');
/** A finding row: position, severity, then the finding's line. */
const ROW = /^ {2}\d+:\d+ +(error|warning|info) {2}/;

describe('stylish formatter', () => {
  it('prints one short line per finding: the title and the reason, never the guidance', async () => {
    const { stdout } = await runCli(['--min-severity', 'info', '.'], EXAMPLES);
    const rows = stdout.split('\n').filter((line) => ROW.test(line));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      // What comes before the reason (or the quoted match, when there is no reason) stays short.
      expect(row.split(/ \(| "/)[0].length, row).toBeLessThanOrEqual(100);
      expect(row).not.toMatch(/HIPAA|Remove|publish it only/);
    }
    expect(stdout).toMatch(/^ {2}9:6 +error +Person's name \(about a patient: "stroke" in the same sentence\) "\*+" {2}identifiers\/person-name$/m);
  });

  it('names the other rules that found the same span', async () => {
    const { stdout } = await runCli(['unsafe-pasted-identifiers.txt'], EXAMPLES);
    expect(stdout).toMatch(/4:5 +error {2}Medical record number "\*+" {2}identifiers\/mrn \(also: identifiers\/mrn-labelled\)$/m);
  });
});
