import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePack } from '../../src/packs/load.js';

/** A fresh temporary folder holding the given files (text or raw bytes; synthetic content only). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-ws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A small pack without the NLP model: a direct MRN rule, person-linked phone and e-mail rules. */
export const TEST_PACK = `rules:
  - id: test/mrn
    category: mrn
    severity: error
    message: MRN.
    detector: pattern
    patterns: ['MRN \\d{6,8}']
    examples: { match: ['MRN 123456'], noMatch: ['MRN'] }
  - id: test/phone
    category: phone
    severity: error
    link: person
    unlinked: info
    message: Phone.
    detector: pattern
    patterns: ['\\(?\\d{3}\\)?[ .-]?\\d{3}-\\d{4}']
    examples: { match: ['617-555-0100'], noMatch: ['617'] }
  - id: test/email
    category: email
    severity: error
    link: person
    unlinked: warning
    message: Email.
    detector: pattern
    patterns: ['[a-z.]+@[a-z.]+\\.[a-z]+']
    examples: { match: ['a@example.org'], noMatch: ['a@'] }
`;

export const testRules = () => parsePack(TEST_PACK, 'test.yaml', new Map(), []);
