import { sniff } from './formats.js';

/**
 * The image with its metadata removed, pixels untouched (`--fix-images`):
 * JPEG loses its APP1 (EXIF, XMP), APP3-APP13 (IPTC, Photoshop) and APP15
 * segments and its comments, keeping APP0 (JFIF), APP2 (the colour profile)
 * and APP14 (Adobe colour transform), which decoding needs; PNG loses its
 * text (tEXt, zTXt, iTXt), EXIF (eXIf) and time (tIME) chunks. Undefined for
 * a format it cannot rewrite; the same bytes when there was nothing to strip.
 */
export function stripMetadata(bytes: Uint8Array): Uint8Array | undefined {
  const format = sniff(bytes);
  if (format === 'jpeg') return stripJpeg(bytes);
  if (format === 'png') return stripPng(bytes);
  return undefined;
}

const KEPT_APP = new Set([0xe0, 0xe2, 0xee]);

function stripJpeg(bytes: Uint8Array): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  for (;;) {
    // A file that ends before its image data is damaged: leave it alone.
    if (i + 4 > bytes.length || bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1];
    // Start of scan: the rest is entropy-coded image data.
    if (marker === 0xda) break;
    const end = i + 2 + view.getUint16(i + 2);
    if (end > bytes.length) return undefined;
    const metadata = (marker >= 0xe1 && marker <= 0xef && !KEPT_APP.has(marker)) || marker === 0xfe;
    if (!metadata) parts.push(bytes.subarray(i, end));
    i = end;
  }
  parts.push(bytes.subarray(i));
  return concat(parts);
}

const DROPPED_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(bytes: Uint8Array): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (let i = 8; i < bytes.length; ) {
    if (i + 12 > bytes.length) return undefined;
    const end = i + 12 + view.getUint32(i);
    if (end > bytes.length) return undefined;
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (!DROPPED_CHUNKS.has(type)) parts.push(bytes.subarray(i, end));
    i = end;
  }
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
