import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentHash, depsSecret, seal, unseal } from '../images/seal.js';
import type { ImageDep } from '../model/image.js';

/**
 * A cached post that shows local images is still valid only while those
 * images are as they were (a photo can be replaced under the same name, or
 * appear where it was missing). The list is kept in the cache entry sealed
 * with a key from the post's text (images/seal.ts), paths relative to cwd.
 */
export function sealDeps(deps: ImageDep[], text: string, cwd: string): string {
  return seal(deps.map((d) => ({ file: path.relative(cwd, d.file), hash: d.hash })), depsSecret(text));
}

/** Whether every image the cached post depends on is unchanged (false when the list does not open for this text). */
export function depsUnchanged(sealed: string, text: string, cwd: string): boolean {
  const deps = unseal<ImageDep[]>(sealed, depsSecret(text));
  return !!deps && deps.every((d) => contentHash(readIfAny(path.resolve(cwd, d.file))) === d.hash);
}

function readIfAny(file: string): Uint8Array | undefined {
  // Drafts mostly reference images that do not exist yet: a stat says so without a thrown error (about 25 us each).
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
