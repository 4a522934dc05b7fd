import { readFileSync } from 'node:fs';
import path from 'node:path';
import { yaml } from '../lib/lazy-modules.js';
import { sha256 } from '../text/sha256.js';
import { PACKAGE_ROOT } from './files.js';

/**
 * The YAML data files the context model and the name detector read at every
 * run, parsed at build time (scripts/build-packs.js) into one JSON file. Each
 * entry carries the hash of the YAML it came from; an edited file (or a
 * missing cache) is parsed from YAML as before.
 */
export const DATA_CACHE = path.join(PACKAGE_ROOT, 'dist', 'data.json');
export const YAML_DATA_FILES = ['data/context/cues.yaml', 'data/lexicons/people-cues.yaml'];

type Cache = Record<string, { sha256: string; data: unknown }>;

const parseYaml = (text: string): unknown => yaml().parse(text);

let cache: Cache | undefined;

/** A data file (path relative to the package root), from the build-time cache when it matches the file. */
export function readYamlData(relative: string): unknown {
  const text = readFileSync(path.join(PACKAGE_ROOT, relative), 'utf8');
  cache ??= readCache(DATA_CACHE);
  const hit = cache[relative];
  return hit && hit.sha256 === sha256(text) ? hit.data : parseYaml(text);
}

function readCache(file: string): Cache {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Cache;
  } catch {
    return {};
  }
}

/** The cache document for the data files. */
export function yamlDataJson(): string {
  const doc: Cache = {};
  for (const relative of YAML_DATA_FILES) {
    const text = readFileSync(path.join(PACKAGE_ROOT, relative), 'utf8');
    doc[relative] = { sha256: sha256(text), data: parseYaml(text) };
  }
  return JSON.stringify(doc) + '\n';
}
