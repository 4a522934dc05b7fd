import fs, { type Dirent } from 'node:fs';
import path from 'node:path';

/** A folder a walk could not list, or (`file`) an entry that looks like a file but cannot be read as one. */
export interface WalkProblem {
  path: string;
  code: string;
  file?: boolean;
}

/**
 * A file-system adapter for fast-glob that makes a walk safe. Each real
 * folder is listed once, so a symlink loop (`a/up -> ..`) or a second link to
 * the same folder cannot make the walk run forever; following links stays on,
 * so linked content is still linted. A folder that cannot be listed is
 * recorded in `problems` (the gate must fail closed), not silently skipped.
 */
export function safeWalkFs(problems: WalkProblem[]): { readdirSync: typeof fs.readdirSync } {
  const listed = new Set<string>();
  const readdirSync = (dir: string, options?: { withFileTypes: true }) => {
    try {
      const real = fs.realpathSync(dir);
      if (listed.has(real)) return [];
      listed.add(real);
      return fs.readdirSync(dir, options as { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'ENOENT') problems.push({ path: dir, code }); // gone since it was listed: nothing to read
      return [];
    }
  };
  return { readdirSync: readdirSync as unknown as typeof fs.readdirSync };
}

/** Folders a walk never enters, wherever they are (the glob engine is told the same). */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Every file under `root`, as fast-glob finds `root/**\/*` with `dot: false`,
 * node_modules and .git ignored and links followed, through `safeWalkFs`:
 * names starting with "." are skipped, a linked folder is walked once, and a
 * folder that cannot be listed lands in `problems`, as does (marked `file`)
 * a broken link, a link loop or a named pipe, socket or device. A plain directory walk: about 4x faster than the glob engine
 * on 5,000 posts, which an unchanged `--cache` re-run notices.
 */
export function walkFiles(root: string, problems: WalkProblem[]): string[] {
  if (root.split(/[\\/]/).some((part) => SKIPPED_FOLDERS.has(part))) return [];
  const walker = safeWalkFs(problems);
  const files: string[] = [];
  // Breadth first, as fast-glob walks: a folder reached by a link and by its own path is listed under the nearer one.
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    for (const entry of walker.readdirSync(queue[i], { withFileTypes: true }) as unknown as Dirent[]) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const full = path.join(queue[i], entry.name);
      const kind = entry.isSymbolicLink() ? entryKind(full) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : notRegular(fs.lstatSync(full));
      if (kind === 'dir') queue.push(full);
      else if (kind === 'file') files.push(full);
      else problems.push({ path: full, code: kind.problem, file: true });
    }
  }
  return files;
}

/** Why an entry that is neither a file nor a folder cannot be linted (a FIFO is never opened: reading it would block). */
function notRegular(stat: fs.Stats): { problem: string } {
  const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'a special file';
  return { problem: `not a regular file: ${what}` };
}

/**
 * What a path is once links are followed: a folder, a file, or why it cannot
 * be read (a broken link, a link loop, a named pipe...). The caller reports
 * the problem: a post behind a broken link must not pass silently.
 */
export function entryKind(file: string): 'dir' | 'file' | { problem: string } {
  try {
    const stat = fs.statSync(file);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : notRegular(stat);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return { problem: 'broken symbolic link' };
    if (code === 'ELOOP') return { problem: 'symbolic link loop' };
    return { problem: code };
  }
}
