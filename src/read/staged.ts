import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../lib/errors.js';
import { DEFAULT_EXTENSIONS } from '../formats/index.js';

/** A staged file: how to report it (relative to cwd, absolute outside it) and how git names it (from the top). */
export interface StagedFile {
  filePath: string;
  gitPath: string;
}

function git(cwd: string, args: string[]): Buffer {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    const detail = e.code === 'ENOENT' ? 'git is not installed or not on PATH' : e.stderr?.toString('utf8').trim().split('\n')[0] || e.message;
    throw new Error(detail);
  }
}

/**
 * Files added, copied, modified or renamed in the index (what the next commit
 * holds), as `git diff --cached` lists them; `pathspecs` narrow the list as
 * in git. Only known post extensions are kept, as when walking a folder.
 */
export function stagedFiles(cwd: string, pathspecs: string[] = [], extensions = DEFAULT_EXTENSIONS): StagedFile[] {
  let prefix: string;
  try {
    prefix = git(cwd, ['rev-parse', '--show-prefix']).toString('utf8').replace(/\n$/, '');
  } catch (err) {
    throw new UsageError(`--staged needs a git repository (${(err as Error).message})`);
  }
  const listed = git(cwd, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', ...pathspecs]).toString('utf8');
  return listed
    .split('\0')
    .filter((p) => p && extensions.includes(path.extname(p).toLowerCase()))
    .map((gitPath) => {
      const rel = path.posix.relative(`/${prefix}`, `/${gitPath}`);
      return { gitPath, filePath: rel.startsWith('../') ? path.resolve(cwd, rel) : rel };
    })
    .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/** The staged content of a file (its blob in the index), not the working copy. */
export function readStaged(cwd: string, file: StagedFile): Buffer {
  return git(cwd, ['cat-file', 'blob', `:${file.gitPath}`]);
}
