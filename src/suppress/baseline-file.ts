import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { z as Zod } from 'zod';
import { zod } from '../lib/lazy-modules.js';
import { LocatedDoc, readSettingsFile } from '../packs/located-doc.js';
import { LocatedError, UsageError } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/write-file.js';
import { sortEntries, type BaselineEntry } from './baseline.js';

export const KEY_ENV = 'PHI_LINT_BASELINE_KEY';

/** Built on first use: only runs with --baseline load zod. */
function build(z: typeof Zod) {
  return z
    .strictObject({
      version: z.literal(1),
      algorithm: z.literal('hmac-sha256'),
      /** Where the HMAC key comes from: the environment, the config's baselineKey, or the salt below. */
      key: z.enum(['env', 'config', 'salt']),
      salt: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'a salt is 32 bytes in base64').optional(),
      /** Tells a wrong key from stale entries; says nothing about the values. */
      keyCheck: z.string().regex(/^[0-9a-f]{16}$/).optional(),
      entries: z.array(
        z.strictObject({
          file: z.string().min(1),
          ruleId: z.string().min(1),
          hash: z.string().regex(/^[0-9a-f]{64}$/, 'a hash is 64 hex digits'),
          count: z.number().int().positive(),
        }),
      ),
    })
    .refine((b) => (b.key === 'salt') === (b.salt !== undefined), 'a "salt" goes with key "salt" (and only with it)');
}
let fileSchema: ReturnType<typeof build> | undefined;

export type BaselineFile = Zod.infer<ReturnType<typeof build>>;

export interface BaselineKey {
  kind: BaselineFile['key'];
  key: Uint8Array;
  salt?: string;
}

/** Tells a wrong key from changed content, and says nothing about the key (the audit log uses it too). */
export const keyCheck = (key: Uint8Array) => createHmac('sha256', key).update('phi-lint baseline key check').digest('hex').slice(0, 16);

/** PHI_LINT_BASELINE_KEY when set; a short one is a usage error, as a weak key is worse than a visible salt. */
export function secretFromEnv(env: Record<string, string | undefined>): string | undefined {
  const secret = env[KEY_ENV];
  if (secret !== undefined && secret.length < 16) throw new UsageError(`${KEY_ENV} needs at least 16 characters (use a long random value)`);
  return secret || undefined;
}

/** The stored baseline, undefined when the file does not exist; a malformed one is a located error. */
export function readBaseline(abs: string, display: string): BaselineFile | undefined {
  if (!existsSync(abs)) return undefined;
  const doc = new LocatedDoc(readSettingsFile(abs, display, 'baseline'), display);
  const data = doc.parse((fileSchema ??= build(zod().z)));
  if (!data) throw new LocatedError(doc.problems);
  return data;
}

/**
 * The HMAC key: for an existing baseline, the kind it was written with (so
 * its entries keep matching); for a new one, PHI_LINT_BASELINE_KEY, else
 * the config's baselineKey, else a random salt stored in the file.
 */
export function chooseKey(stored: BaselineFile | undefined, env: Record<string, string | undefined>, configKey: string | undefined, display: string): BaselineKey {
  const secret = secretFromEnv(env);
  const kind = stored?.key ?? (secret ? 'env' : configKey ? 'config' : 'salt');
  if (kind === 'salt') {
    const salt = stored?.salt ?? randomBytes(32).toString('base64');
    return { kind, key: Buffer.from(salt, 'base64'), salt };
  }
  const value = kind === 'env' ? secret : configKey;
  if (!value) throw new UsageError(`${display} was written with a key from ${kind === 'env' ? KEY_ENV : 'the config\'s baselineKey'}; provide it to use this baseline`);
  const key = Buffer.from(value, 'utf8');
  if (stored?.keyCheck && stored.keyCheck !== keyCheck(key)) {
    throw new UsageError(`${display} was written with a different key; restore that key, or delete the file and run --update-baseline`);
  }
  return { kind, key };
}

export function writeBaseline(abs: string, key: BaselineKey, entries: BaselineEntry[]): void {
  const file: BaselineFile = {
    version: 1,
    algorithm: 'hmac-sha256',
    key: key.kind,
    ...(key.salt ? { salt: key.salt } : { keyCheck: keyCheck(key.key) }),
    entries: sortEntries(entries),
  };
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileAtomic(abs, JSON.stringify(file, null, 2) + '\n', '/');
}
