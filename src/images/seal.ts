import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { ImageAnalysis, ImageDep } from '../model/image.js';

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

/** Any JSON value: an image's analysis, a post's image list, a cache entry's extras (run/entry-extras.ts). */
export function seal(value: ImageAnalysis | ImageDep[] | object, secret: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The sealed value, or undefined when the entry does not open with this key (a changed image, a damaged cache). */
export function unseal<T = ImageAnalysis>(sealed: string, secret: Buffer): T | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', secret, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * The images a post depends on, sealed for its per-file cache entry with a
 * key from the post's own text: the paths (a file name can be a name) open
 * only for whoever has the post.
 */
export const depsSecret = (text: string): Buffer => digest('phi-lint image deps', text);

/** sha256 of an image file's bytes, or null when it is not there. */
export function contentHash(bytes: Uint8Array | undefined): string | null {
  return bytes ? digest(bytes).toString('hex') : null;
}
