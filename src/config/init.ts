import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/errors.js';
import { PACKAGE_ROOT } from '../lexicons/files.js';
import { configIn } from './discover.js';
import { SCHEMA_FILE } from './json-schema.js';

export const STARTER_FILE = '.phi-lint.yaml';

/** Where a project install of phi-lint puts the shipped JSON Schema, from the project's folder. */
export const INSTALLED_SCHEMA = `./node_modules/phi-lint/${SCHEMA_FILE}`;

/**
 * The shipped schema as a config in `dir` reaches it: through the
 * node_modules folder phi-lint is installed in when that is `dir`'s or a
 * parent's; else (a global install, a clone) where a project install puts it,
 * as Biome's init does: a machine-specific path would be wrong for the team.
 */
export function schemaRef(dir: string, packageRoot = PACKAGE_ROOT): string {
  const rel = path.relative(dir, path.join(packageRoot, SCHEMA_FILE)).split(path.sep).join('/');
  if (!/^(\.\.\/)*node_modules\/phi-lint\//.test(rel)) return INSTALLED_SCHEMA;
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * What `phi-lint init` writes: every key, with its examples commented out.
 * Each example is a whole key: removing "# " from its lines (an editor's
 * "toggle comment") gives valid settings (test/config/init.test.ts).
 */
export const starterConfig = (schema = INSTALLED_SCHEMA) => `# yaml-language-server: $schema=${schema}
# phi-lint configuration (see phi-lint's docs/configuration.md).
# It applies to posts in this folder and below; a config nearer to a post wins.
# To use an example, uncomment all of its lines (remove the "# ").

# Do not look for configs in parent folders.
root: true

# Your own rule packs, as paths from this file (the built-in packs always run).
# extends:
#   - ./packs/acme.yaml

# A rule's severity (error | warning | info) for every finding of that rule,
# whatever the context, or "off".
# rules:
#   identifiers/phone: warning
#   identifiers/street-address: "off"

# Other settings for some files (.gitignore-style globs, relative to this file).
# overrides:
#   - files: ['replies/**']
#     rules:
#       identifiers/person-name: error

# Files phi-lint never reads (.gitignore syntax, relative to this file).
# ignorePatterns:
#   - drafts/archive/

# More file types to lint in folders (.txt, .md, .markdown and .json always are):
# .mdx is read as Markdown, .csv and .tsv as one post per row, the rest as text.
# extensions:
#   - .mdx
#   - .csv

# Values that are never reported: your organisation's own names, staff, phone
# numbers, addresses, domains and hashtags. Phones compare by digits only,
# everything else ignores case.
# allow:
#   - Westside Community Hospital
#   - (617) 555-0100
#   - '#WestsideCares'
#   - domain: example.org
#   - value: Dr. Anil Mehta
#     rules: [identifiers/person-name]
#     note: Head of orthopedics, staff spotlight series
#   - regex: '/^Room [A-C]$/i'

# phi-lint-disable comments must say why after "--".
requireReason: true

# Patient authorizations that posts cite with "consent: <id>" (a YAML list).
# consentRegistry: consent/registry.yaml

# What phi-lint reads inside the local images a post shows (all on by default; docs/images.md).
# images: { metadata: true, text: true, faces: false }

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
    writeFileSync(file, starterConfig(schemaRef(dir)), { flag: 'wx' });
  } catch (err) {
    throw new UsageError(`cannot write ${STARTER_FILE} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return file;
}
