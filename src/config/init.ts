import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/errors.js';
import { configIn } from './discover.js';

export const STARTER_FILE = '.phi-lint.yaml';

/** What `phi-lint init` writes: every key, commented, with safe defaults. */
export const STARTER_CONFIG = `# phi-lint configuration (see phi-lint's docs/configuration.md).
# It applies to posts in this folder and below; a config nearer to a post wins.

# Do not look for configs in parent folders.
root: true

# Extra rule packs: built-in names or paths to pack files (the built-in packs always run).
extends: []
#  - ./packs/acme.yaml

# Change a rule's severity (error | warning | info) or switch it off.
rules: {}
#  identifiers/phone: warning

# Other settings for some files (.gitignore-style globs, relative to this file).
overrides: []
#  - files: ['replies/**']
#    rules:
#      identifiers/person-name: error

# Files phi-lint never reads (.gitignore syntax, relative to this file).
ignorePatterns: []
#  - drafts/archive/

# Values that are never reported: your organisation's own names, staff, phone
# numbers, addresses, domains and hashtags. Phones compare by digits only,
# everything else ignores case.
allow: []
#  - Westside Community Hospital
#  - (617) 555-0100
#  - '#WestsideCares'
#  - domain: example.org
#  - value: Dr. Anil Mehta
#    rules: [identifiers/person-name]
#    note: Head of orthopedics, staff spotlight series
#  - regex: '/^Room [A-C]$/i'

# phi-lint-disable comments must say why after "--".
requireReason: true

# Patient authorizations that posts cite with "consent: <id>" (a YAML list).
# consentRegistry: consent/registry.yaml

# A tamper-evident record of every run, and approvals before posting (docs/audit.md).
# auditLog: .phi-lint/audit.jsonl
# requireApproval: consent    # or: warnings, always
`;

/** Writes the starter config into `dir`; refuses when the folder already has a config. */
export function writeStarterConfig(dir: string): string {
  const existing = configIn(dir);
  if (existing) throw new UsageError(`${path.basename(existing)} already holds a phi-lint config here; phi-lint init will not overwrite it`);
  const file = path.join(dir, STARTER_FILE);
  try {
    writeFileSync(file, STARTER_CONFIG, { flag: 'wx' });
  } catch (err) {
    throw new UsageError(`cannot write ${STARTER_FILE} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return file;
}
