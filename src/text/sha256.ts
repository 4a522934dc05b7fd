import * as crypto from 'node:crypto';

/** Node >= 20.12 hashes a small input in one call (`crypto.hash`), without a Hash object per call. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

/** Hex SHA-256 of a text or bytes: cache keys and the hashes that validate build-time files. */
export const sha256 = (data: string | Uint8Array): string =>
  oneShot && typeof data === 'string' ? oneShot('sha256', data) : crypto.createHash('sha256').update(data).digest('hex');
