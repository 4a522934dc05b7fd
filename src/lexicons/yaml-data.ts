import { readFileSync } from 'node:fs';
import path from 'node:path';
import { yaml } from '../lib/lazy-modules.js';
import { builtinData } from './builtin-data.js';
import { PACKAGE_ROOT } from './files.js';

/**
 * The YAML data files the context model and the name detector read at every
 * run, parsed at build time into the `data` section of the prebuilt file
 * (builtin-data.ts). When that file is stale (an edited file under data/, or
 * none built), a file is parsed from YAML as before.
 */
export const YAML_DATA_FILES = ['data/context/cues.yaml', 'data/lexicons/people-cues.yaml'];

const readYaml = (relative: string): unknown => yaml().parse(readFileSync(path.join(PACKAGE_ROOT, relative), 'utf8'));

/** A data file (path relative to the package root), from the prebuilt file when it is up to date. */
export function readYamlData(relative: string): unknown {
  const data = builtinData()?.data;
  return data && Object.hasOwn(data, relative) ? data[relative] : readYaml(relative);
}

/** The `data` section: every data file, parsed from YAML. */
export function yamlDataSection(): Record<string, unknown> {
  return Object.fromEntries(YAML_DATA_FILES.map((relative) => [relative, readYaml(relative)]));
}
