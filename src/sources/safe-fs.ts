import fs from 'node:fs';

/** A folder a walk could not list. */
export interface WalkProblem {
  path: string;
  code: string;
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
