import { rmSync } from 'node:fs';
import { afterAll, afterEach } from 'vitest';
import { workspace } from './workspace.js';

/**
 * workspace() folders that are removed when the test ends ('each', the
 * default) or when the enclosing describe ends ('all', for a folder the
 * describe's tests share). Call it at the top of a test file or describe:
 * it registers the hook there.
 */
export function tempWorkspaces(scope: 'each' | 'all' = 'each'): (files: Record<string, string | Uint8Array>) => string {
  const made: string[] = [];
  (scope === 'each' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files) => {
    const dir = workspace(files);
    made.push(dir);
    return dir;
  };
}
