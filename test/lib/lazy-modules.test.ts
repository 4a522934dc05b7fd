import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENDORED } from '../../src/lib/lazy-modules.js';

// The CLI bundle loads these from dist/bundle/vendor/ (built by test/global-setup.ts, as by `npm run build`).
const require = createRequire(import.meta.url);
const VENDOR = path.resolve('dist/bundle/vendor');

/** Every `z.<kind>(` call in the sources. */
function zodKinds(): string[] {
  const kinds = new Set<string>();
  for (const file of readdirSync('src', { recursive: true }) as string[]) {
    if (file.endsWith('.ts')) for (const m of readFileSync(path.join('src', file), 'utf8').matchAll(/\bz\.([A-Za-z]+)\(/g)) kinds.add(m[1]);
  }
  return [...kinds];
}

describe('prebuilt libraries', () => {
  it('exist for every library the CLI loads on first use, with the same exports', () => {
    for (const name of VENDORED.filter((n) => n !== 'zod')) {
      const prebuilt = require(path.join(VENDOR, `${name}.cjs`)) as Record<string, unknown>;
      expect(Object.keys(prebuilt).sort(), name).toEqual(Object.keys(require(name) as object).sort());
    }
  });

  it('keep every zod schema kind the sources call, and validate alike', () => {
    const { z } = require(path.join(VENDOR, 'zod.cjs')) as typeof import('zod');
    const kinds = zodKinds();
    expect(kinds.length).toBeGreaterThan(5);
    for (const kind of kinds) expect(typeof (z as unknown as Record<string, unknown>)[kind], kind).toBe('function');
    const issue = z.strictObject({ a: z.string() }).safeParse({ a: 1, b: 2 }).error!.issues.map((i) => i.message);
    expect(issue).toEqual(['Invalid input: expected string, received number', 'Unrecognized key: "b"']);
  });
});
