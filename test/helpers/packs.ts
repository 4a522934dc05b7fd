import { LocatedError } from '../../src/lib/errors.js';
import { loadPacks, parsePack, type PackFile } from '../../src/packs/load.js';

/** A minimal user pack with one pattern rule (the contract's example), as a file's text. */
export const ACME_PACK = `rules:
  - id: acme/member-id
    category: health-plan
    severity: error
    message: A member ID identifies the patient's health plan.
    detector: pattern
    patterns: ['\\bACM\\d{9}\\b']
    examples:
      match: ['Member ACM123456789 called.']
      noMatch: ['Call ACM support.']
`;

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
