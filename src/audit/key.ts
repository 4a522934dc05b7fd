import { secretFromEnv } from '../suppress/baseline-file.js';
import type { ChainKey } from './chain.js';
import type { VerifyKeys } from './verify.js';

/**
 * The audit chain is keyed like the baseline: PHI_LINT_BASELINE_KEY first,
 * else the config's baselineKey; with neither, lines are plain SHA-256
 * (there is no salt: a salt stored beside the log would key nothing).
 */
export function chainKey(env: Record<string, string | undefined>, configKey: string | undefined): ChainKey | undefined {
  const secret = secretFromEnv(env);
  if (secret) return { kind: 'env', key: Buffer.from(secret, 'utf8') };
  return configKey ? { kind: 'config', key: Buffer.from(configKey, 'utf8') } : undefined;
}

/** Every key a verifier has: a log may hold lines sealed under either. */
export function verifyKeys(env: Record<string, string | undefined>, configKey: string | undefined): VerifyKeys {
  const secret = secretFromEnv(env);
  return { ...(secret ? { env: Buffer.from(secret, 'utf8') } : {}), ...(configKey ? { config: Buffer.from(configKey, 'utf8') } : {}) };
}
