import { createRequire } from 'node:module';
import { sniff } from './formats.js';

const require = createRequire(import.meta.url);

/** RGB pixels, 3 bytes each, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgb: Uint8Array;
  /** Pixels of the stored image per decoded pixel (1 unless it was scaled down). */
  scale: number;
}

/** Faces are found as well at this size, and a 12-megapixel photo takes a tenth of the time. */
const MAX_SIDE = 1024;

/** An image's size from its header (PNG IHDR, JPEG start-of-frame, GIF, WebP), without decoding it; undefined for other formats. */
export function headerSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 10 && ascii(0, 4) === 'GIF8') return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return webpSize(bytes, ascii(12, 16));
  const format = sniff(bytes);
  if (format === 'png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (format !== 'jpeg') return undefined;
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1];
    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
    i += 2 + view.getUint16(i + 2);
  }
  return undefined;
}

/** The canvas size in a WebP's first chunk (lossy VP8, lossless VP8L, or the extended VP8X header). */
function webpSize(b: Uint8Array, chunk: string): { width: number; height: number } | undefined {
  const le = (i: number, n: number) => b.subarray(i, i + n).reduceRight((v, x) => v * 256 + x, 0);
  if (chunk === 'VP8X') return { width: 1 + le(24, 3), height: 1 + le(27, 3) };
  if (chunk === 'VP8 ') return { width: le(26, 2) & 0x3fff, height: le(28, 2) & 0x3fff };
  if (chunk === 'VP8L') return { width: 1 + (((b[22] & 0x3f) << 8) | b[21]), height: 1 + (((b[24] & 0x0f) << 10) | (b[23] << 2) | ((b[22] & 0xc0) >> 6)) };
  return undefined;
}

/** Decoded RGB pixels of a JPEG or PNG (pure JavaScript decoders), scaled down to MAX_SIDE; undefined for other formats. */
export function decodePixels(bytes: Uint8Array): Pixels | undefined {
  const format = sniff(bytes);
  let rgba: { width: number; height: number; data: Uint8Array };
  if (format === 'jpeg') {
    const jpeg = require('jpeg-js') as typeof import('jpeg-js');
    rgba = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  } else if (format === 'png') {
    const { PNG } = require('pngjs') as typeof import('pngjs');
    rgba = PNG.sync.read(Buffer.from(bytes));
  } else {
    return undefined;
  }
  return scaled(rgba);
}

/** RGBA to RGB, every `step`-th pixel when the image is larger than MAX_SIDE. */
function scaled({ width, height, data }: { width: number; height: number; data: Uint8Array }): Pixels {
  const step = Math.max(1, Math.ceil(Math.max(width, height) / MAX_SIDE));
  const w = Math.floor(width / step);
  const h = Math.floor(height / step);
  const rgb = new Uint8Array(w * h * 3);
  let k = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = ((y * step) * width + x * step) * 4;
      rgb[k++] = data[i];
      rgb[k++] = data[i + 1];
      rgb[k++] = data[i + 2];
    }
  }
  return { width: w, height: h, rgb, scale: step };
}
