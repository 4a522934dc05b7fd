import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText } from '../lib/read-text.js';
import { hashTrees, stampLine, stampTrees } from '../lib/tree-hash.js';
import type { RuleSpec } from '../model/rule-spec.js';
import { sha256 } from '../text/sha256.js';
import type { StoredSets } from '../text/terms-store.js';
import type { GateWords } from '../text/word-gate.js';
import { PACKAGE_ROOT } from './files.js';

/**
 * The built-in data prebuilt at build time (scripts/build-packs.js) into one
 * file, so a run starts without parsing YAML or building term sets: the
 * validated packs (packs/compiled.ts), the parsed YAML data files
 * (yaml-data.ts), the term sets of the word lists (term-cache.ts), the
 * anchors of the packs' patterns (packs/compiled.ts) and the cue lists'
 * regex sources and word gates (word-sources.ts).
 *
 * The file is keyed by one hash, `dataHash()`: every file under rules/ and
 * data/ plus the rule schema module that validated the packs (its defaults
 * are in the stored rules). `--cache` keys on the same hash. An edited,
 * added or removed pack, list or data file, or another schema, makes every
 * section fall back to the sources.
 *
 * Hashing the ~4.5 MB of rules/ and data/ would cost every start several
 * milliseconds, so the file also stores the inputs' stamp (path, size and
 * modification time of each file, `stampTrees`): when the stamp still
 * matches, the stored key is trusted without hashing; when it does not (a
 * touched file, or a copy such as an npm install, which resets modification
 * times), the hash is computed and compared.
 */
export const BUILTIN_DATA = path.join(PACKAGE_ROOT, 'dist', 'builtin-data.json');

/** What the data hash covers. */
export interface DataInputs {
  /** Folders whose every file counts. */
  trees: string[];
  /** The rule schema module. */
  schema: string;
}

/** The schema module of the build, whose hash keys the file. */
export const BUILT_SCHEMA = path.join(PACKAGE_ROOT, 'dist', 'model', 'rule-spec.js');

/**
 * The inputs of this process: the schema is the built module, or the source
 * under a TypeScript runner (tests), whose hash never matches the build's:
 * there every section is read from the sources.
 */
export const BUILTIN_INPUTS: DataInputs = {
  trees: [path.join(PACKAGE_ROOT, 'rules'), path.join(PACKAGE_ROOT, 'data')],
  schema: import.meta.url.endsWith('.ts') ? fileURLToPath(new URL('../model/rule-spec.ts', import.meta.url)) : BUILT_SCHEMA,
};

/** The sections. */
export interface BuiltinSections {
  /** Each built-in pack (by display name, in load order) and its validated rules. */
  packs: { display: string; rules: RuleSpec[] }[];
  /** Each YAML data file (by path from the package root), parsed. */
  data: Record<string, unknown>;
  /** Each term set, by its inputs (term-cache.ts setKey). */
  termSets: Record<string, StoredSets>;
  /** The anchors of each built-in pattern (text/anchors.ts), by its source; null: scanned whole. */
  anchors: Record<string, string[] | null>;
  /** The required literals of each built-in pattern (text/required-literals.ts), by its source; null: none. */
  required?: Record<string, string[] | null>;
  /** Every required set of each combo detail's pattern (text/required-literals.ts everyRequiredSet), by its source; null: none. */
  detailRequired?: Record<string, string[][] | null>;
  /** The cue lists' regex sources and gate words (word-sources.ts), by their inputs. */
  wordSources?: Record<string, string | GateWords>;
}

export interface BuiltinData extends BuiltinSections {
  version: 1;
  /** dataHash() when the file was built. */
  key: string;
  /** The inputs' stamp then, hashed. */
  stamp: string;
}

/** The hash of the inputs: every file under the trees, then the schema module. Reads them all (~4.5 MB). */
export function hashData(inputs: DataInputs): string {
  const hash = hashTrees(createHash('sha256'), inputs.trees).update('schema\0');
  try {
    hash.update(readFileSync(inputs.schema));
  } catch {
    hash.update(`missing:${inputs.schema}`);
  }
  return hash.digest('hex');
}

/** The inputs' stamp: a stat per file, no read. */
export const stampData = (inputs: DataInputs): string => sha256(`${stampTrees(inputs.trees)}\n${stampLine(inputs.schema, 'schema')}`);

let processHash: string | undefined;

/** The hash of this process's built-in data, computed on first use only (the file's key and the --cache key). */
export const dataHash = (): string => (processHash ??= hashData(BUILTIN_INPUTS));

/** The file's content: the key and stamp computed before the sections were made (the build checks they still hold). */
export function builtinDataJson(key: string, stamp: string, sections: BuiltinSections): string {
  const doc: BuiltinData = { version: 1, key, stamp, ...sections };
  // Plain ASCII (`\u00e9` for `é`, only ever inside strings): read faster at every start (lib/read-text.ts), parsed the same.
  return JSON.stringify(doc).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** The file when it was built from these inputs as they are now; else undefined (missing, unreadable, or stale). */
export function readBuiltinData(file: string, inputs: DataInputs, hash: () => string = () => hashData(inputs)): BuiltinData | undefined {
  let doc: BuiltinData;
  try {
    doc = JSON.parse(readText(file)) as BuiltinData;
  } catch {
    return undefined; // Not built yet (tests before a build): every section is read from the sources.
  }
  if (doc?.version !== 1 || typeof doc.key !== 'string') return undefined;
  return doc.stamp === stampData(inputs) || doc.key === hash() ? doc : undefined;
}

let loaded: { doc: BuiltinData | undefined } | undefined;

/** This process's prebuilt data, read and checked once, on first use by any section; undefined when stale. */
export function builtinData(): BuiltinData | undefined {
  loaded ??= { doc: readBuiltinData(BUILTIN_DATA, BUILTIN_INPUTS, dataHash) };
  return loaded.doc;
}
