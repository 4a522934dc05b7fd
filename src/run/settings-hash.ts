import { readFileSync } from 'node:fs';
import type { FileSettings } from '../config/resolve.js';
import { sha256 } from '../text/sha256.js';

const settingsHashes = new WeakMap<FileSettings, string>();

/** A file's bytes as a hash input; a file that cannot be read hashes as its error (loading it fails the run anyway). */
function contentOf(file: string): string {
  try {
    return sha256(readFileSync(file, 'latin1'));
  } catch (err) {
    return `unreadable:${(err as NodeJS.ErrnoException).code ?? ''}`;
  }
}

/**
 * Everything besides a file's text that changes its findings, as one hash:
 * the merged config, the rules with their severities, the contents of the
 * packs a config `extends` (a changed pattern keeps its id), the consent
 * registry's contents with today's date (a consent expires overnight), and
 * whether inline directives count. Built-in packs and `--rules` packs are in
 * the cache file's key instead. Settings objects are shared by every file
 * under the same configs, so each is hashed once.
 */
export function settingsHash(settings: FileSettings): string {
  let hash = settingsHashes.get(settings);
  if (!hash) {
    const { merged } = settings;
    const rules = settings.rules.map((r) => `${r.pack}:${r.spec.id}:${r.spec.severity}:${r.spec.unlinked}`).join(',');
    const packs = merged.packs.map((p) => `${p.path}=${contentOf(p.path)}`);
    const consent = merged.consentRegistry ? [contentOf(merged.consentRegistry), settings.today] : [];
    hash = sha256(JSON.stringify([merged, rules, packs, consent, settings.inlineConfig]));
    settingsHashes.set(settings, hash);
  }
  return hash;
}
