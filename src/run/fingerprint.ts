import type { FileSettings } from '../config/resolve.js';
import { sha256 } from '../text/sha256.js';
import { cacheKey } from './run-options.js';
import { settingsHash } from './settings-hash.js';

/**
 * What an audit record and an approval name as "the rules": phi-lint's
 * version, its built-in rules and data, and the added packs (the --cache
 * key), and apart from it the files' effective settings.
 */
export const rulesFingerprint = (options: { rulePacks?: string[] }, cwd: string): string => cacheKey(options, cwd);

/** One hash of the distinct settings the files were linted with (configs, severities, allowlists, extended packs, consent registry). */
export function configFingerprint(settings: FileSettings[]): string {
  return sha256(JSON.stringify([...new Set(settings.map(settingsHash))].sort()));
}
