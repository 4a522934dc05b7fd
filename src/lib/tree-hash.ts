import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files under a folder (symbolic links followed), by sorted relative path; undefined when the folder cannot be read. */
function treeFiles(folder: string): string[] | undefined {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(folder, dir), { withFileTypes: true })) {
      const rel = dir ? path.join(dir, entry.name) : entry.name;
      const kind = entry.isSymbolicLink() ? statSync(path.join(folder, rel)) : entry;
      if (kind.isDirectory()) walk(rel);
      else if (kind.isFile()) files.push(rel);
    }
  };
  try {
    walk('');
  } catch {
    return undefined;
  }
  return files.sort();
}

/**
 * Feeds every file under the folders into a hash, by sorted relative path
 * and content, so that any edit, addition or removal changes the digest
 * (the built-in data's hash, lexicons/builtin-data.ts, is made this way).
 */
export function hashTrees(hash: Hash, folders: string[]): Hash {
  for (const folder of folders) {
    const files = treeFiles(folder);
    if (!files) {
      hash.update(`missing:${folder}\0`);
      continue;
    }
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(folder, file))).update('\0');
  }
  return hash;
}

/**
 * Every file under the folders by sorted relative path, size and
 * modification time (a float of milliseconds, to a fraction of a microsecond):
 * a stat per file and no read, so it costs a fraction of a millisecond where
 * hashing the contents costs several.
 * Any edit, addition or removal changes it, unless an edit keeps a file's
 * size and its modification time (restored, or within one tick of a coarse
 * file system clock); it also changes when a file is only touched or copied
 * anew. So it can confirm a hash taken at the same time, not replace one.
 */
export function stampTrees(folders: string[]): string {
  const lines: string[] = [];
  for (const folder of folders) {
    const files = treeFiles(folder);
    if (!files) {
      lines.push(`missing:${folder}`);
      continue;
    }
    for (const file of files) lines.push(stampLine(path.join(folder, file), file));
  }
  return lines.join('\n');
}

/** One file's stamp line: its name, size and modification time ("missing" when it cannot be read). */
export function stampLine(file: string, name = file): string {
  try {
    const stat = statSync(file);
    return `${name}\0${stat.size}\0${stat.mtimeMs}`;
  } catch {
    return `${name}\0missing`;
  }
}
