import { existsSync } from 'node:fs';
import path from 'node:path';
import { LocatedError } from '../lib/errors.js';
import { builtinPacks } from '../packs/builtin.js';
import { PACKAGE_KEY } from './discover.js';
import { LocatedDoc, readSettingsFile } from '../packs/located-doc.js';
import { configSchema, type ConfigData } from './schema.js';

/** A user's rule pack file (`extends`, `--rules`). */
export interface PackRef {
  path: string;
  display: string;
}

/** A config file, validated, with its relative paths resolved. */
export interface LoadedConfig {
  file: string;
  display: string;
  /** Folder that `files`, `ignorePatterns` globs are relative to. */
  base: string;
  data: ConfigData;
  doc: LocatedDoc;
  packs: PackRef[];
  consentRegistry?: string;
  /** `auditLog` and `approvals`, resolved from the config file's folder. */
  auditLog?: string;
  approvals?: string;
}

/** Built-in pack names ("identifiers" for rules/identifiers.yaml) -> pack. */
export function builtinPackNames(): Map<string, PackRef> {
  return new Map(builtinPacks().map((p) => [path.basename(p.path).replace(/\.ya?ml$/, ''), p]));
}

/**
 * Why an `extends` entry is not a pack file, or undefined when it is one.
 * The built-in packs always run, so naming one would do nothing (and
 * suggest that the others are off): it is refused with that explanation.
 */
function extendsProblem(name: string, abs: string, builtins: ReadonlySet<string>): string | undefined {
  const turnOff = 'to turn a built-in rule off, use rules: { <rule-id>: "off" }';
  if (builtins.has(name)) return `"${name}" is a built-in pack: the built-in packs always run, so extends does not name them (it adds your own pack files, such as ./packs/acme.yaml; ${turnOff})`;
  if (!/[\\/]|\.ya?ml$/.test(name)) return `"${name}" is not a pack file: extends adds your own pack files, written as paths ("./${name}.yaml"); the built-in packs always run`;
  return existsSync(abs) ? undefined : `rule pack not found: ${name}`;
}

/**
 * Reads and checks one config file; every problem in it is reported at once
 * as `file:line:col: message` (a LocatedError). `base` overrides the folder
 * globs are relative to (`-c` configs use the working directory, as ESLint).
 */
export function loadConfigFile(file: string, show: (abs: string) => string, base?: string): LoadedConfig {
  const display = show(file);
  const text = readSettingsFile(file, display, 'config file');
  const doc = new LocatedDoc(text, display, path.basename(file) === 'package.json' ? [PACKAGE_KEY] : []);
  const data = doc.parse(configSchema());
  if (!data) throw new LocatedError(doc.problems);
  const dir = path.dirname(file);
  const builtins = new Set(builtinPackNames().keys());
  const packs = (data.extends ?? []).flatMap((name, i): PackRef[] => {
    const abs = path.resolve(dir, name);
    const problem = extendsProblem(name, abs, builtins);
    if (problem) doc.problem(['extends', i], problem);
    return problem ? [] : [{ path: abs, display: show(abs) }];
  });
  const consentRegistry = data.consentRegistry && path.resolve(dir, data.consentRegistry);
  if (consentRegistry && !existsSync(consentRegistry)) doc.problem(['consentRegistry'], `consent registry not found: ${data.consentRegistry}`);
  if (doc.problems.length) throw new LocatedError(doc.problems);
  const paths = {
    ...(consentRegistry ? { consentRegistry } : {}),
    ...(data.auditLog ? { auditLog: path.resolve(dir, data.auditLog) } : {}),
    ...(data.approvals ? { approvals: path.resolve(dir, data.approvals) } : {}),
  };
  return { file, display, base: base ?? dir, data, doc, packs, ...paths };
}
