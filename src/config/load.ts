import { existsSync } from 'node:fs';
import path from 'node:path';
import { LocatedError } from '../lib/errors.js';
import { builtinPacks } from '../packs/builtin.js';
import { PACKAGE_KEY } from './discover.js';
import { LocatedDoc, readSettingsFile } from '../packs/located-doc.js';
import { configSchema, type ConfigData } from './schema.js';

export interface PackRef {
  path: string;
  display: string;
  builtin: boolean;
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
  return new Map(builtinPacks().map((p) => [path.basename(p.path).replace(/\.ya?ml$/, ''), { ...p, builtin: true }]));
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
  const builtins = builtinPackNames();
  const packs = (data.extends ?? []).flatMap((name, i): PackRef[] => {
    const builtin = builtins.get(name);
    if (builtin) return [builtin];
    const abs = path.resolve(dir, name);
    if (!/[\\/]|\.ya?ml$/.test(name)) doc.problem(['extends', i], `unknown built-in pack "${name}" (built-in: ${[...builtins.keys()].join(', ')}; a file path needs "./")`);
    else if (!existsSync(abs)) doc.problem(['extends', i], `rule pack not found: ${name}`);
    else return [{ path: abs, display: show(abs), builtin: false }];
    return [];
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
