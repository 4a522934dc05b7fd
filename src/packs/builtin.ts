import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../lexicons/files.js';

export const RULES_DIR = path.join(PACKAGE_ROOT, 'rules');

/** Where the built-in rules' guidance pages are generated (`npm run docs`), relative to the package root. */
export const DOCS_DIR = 'docs/rules';

/** A built-in rule's page: its id is its path (`identifiers/mrn` -> docs/rules/identifiers/mrn.md). */
export const ruleDocPath = (id: string) => `${DOCS_DIR}/${id}.md`;

/** The packs shipped in rules/, in a stable order; shown as "rules/<name>.yaml". Reviewed, so trusted. */
export function builtinPacks(): { path: string; display: string; trusted: true }[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ path: path.join(RULES_DIR, f), display: `rules/${f}`, trusted: true as const }));
}
