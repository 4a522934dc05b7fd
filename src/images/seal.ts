import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { ImageAnalysis } from '../model/image.js';

/**
 * The `--cache` file keeps each image's analysis by content, without PHI:
 * the entry is keyed by a hash of the content hash, and the analysis (which
 * holds the text read in the image) is encrypted (AES-256-GCM) with a key
 * derived from the image's own bytes. Whoever has the cache file alone can
 * read nothing; whoever has the image already has everything in it.
 */
const digest = (...parts: (Uint8Array | string)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** The cache key and encryption key of an image's bytes (and of the analyses asked, which change what is stored). */
export function imageKeys(bytes: Uint8Array, variant: string): { key: string; secret: Buffer } {
  const content = digest(bytes);
  return { key: digest('phi-lint image key', content, variant).toString('hex'), secret: digest('phi-lint image secret', content, variant) };
}

export function seal(analysis: ImageAnalysis, secret: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(analysis), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The analysis, or undefined when the entry does not open with this key (a changed image, a damaged cache). */
export function unseal(sealed: string, secret: Buffer): ImageAnalysis | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', secret, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as ImageAnalysis;
  } catch {
    return undefined;
  }
}
