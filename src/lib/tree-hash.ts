import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Feeds every file under the folders into a hash, by sorted relative path
 * and content, so that any edit, addition or removal changes the digest
 * (the cache keys on the built-in rules and word lists this way).
 */
export function hashTrees(hash: Hash, folders: string[]): Hash {
  for (const folder of folders) {
    let files: string[];
    try {
      files = (readdirSync(folder, { recursive: true }) as string[]).filter((f) => statSync(path.join(folder, f)).isFile()).sort();
    } catch {
      hash.update(`missing:${folder}\0`);
      continue;
    }
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(folder, file))).update('\0');
  }
  return hash;
}

