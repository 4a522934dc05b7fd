import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LocatedError } from '../../src/lib/errors.js';
import { loadPacks, parsePack, type PackFile } from '../../src/packs/load.js';

/** A minimal user pack with one pattern rule (the contract's example), as a file's text: fixtures/packs/acme.yaml. */
export const ACME_PACK = readFileSync(fileURLToPath(new URL('../../fixtures/packs/acme.yaml', import.meta.url)), 'utf8');

/** A direct-identifier rule (no context decisions) for tests about positions and windows. */
export const MRN_TEST_RULES = parsePack(
  `rules:
  - id: test/mrn
    category: mrn
    severity: error
    message: MRN.
    detector: pattern
    patterns: ['MRN\\d{6}']
    examples: { match: ['MRN123456'], noMatch: ['MRN'] }
`,
  'test.yaml',
  new Map(),
  [],
);

/** The located problems loading these packs reports ([] when they load). */
export function packProblems(...files: PackFile[]): string[] {
  try {
    loadPacks(files);
  } catch (err) {
    if (err instanceof LocatedError) return err.problems;
    throw err;
  }
  return [];
}
