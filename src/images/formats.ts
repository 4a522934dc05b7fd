/**
 * Image files phi-lint looks inside, by extension. Metadata is read by
 * exifr (JPEG, TIFF, HEIC/AVIF, PNG; WebP and GIF carry none it reads); text
 * by tesseract.js (JPEG, PNG, WebP, GIF, BMP, TIFF); faces need decoded
 * pixels, which phi-lint has for JPEG and PNG (pure JavaScript decoders).
 */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'heic', 'heif', 'avif'] as const;

const extension = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

/** Whether a path names an image phi-lint can look inside. */
export const isImagePath = (file: string): boolean => (IMAGE_EXTENSIONS as readonly string[]).includes(extension(file));

export type PixelFormat = 'jpeg' | 'png' | 'other';

/** The format by the file's first bytes (an extension can lie). */
export function sniff(bytes: Uint8Array): PixelFormat {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return 'other';
}

/** Formats tesseract.js reads reliably; HEIC/AVIF it cannot, and TIFF only in some layouts (grayscale ones fail). */
export const readsText = (file: string): boolean => !/\.(?:heic|heif|avif|tiff?)$/i.test(file);

/** The region of an image a box sits in, in words a reader finds it by: "top left", "middle", "bottom right". */
export function regionOf(box: { x: number; y: number; width: number; height: number }, width: number, height: number): string {
  const third = (v: number, size: number) => (size <= 0 ? 1 : Math.min(2, Math.floor((3 * v) / size)));
  const row = ['top', 'middle', 'bottom'][third(box.y + box.height / 2, height)];
  const col = ['left', 'centre', 'right'][third(box.x + box.width / 2, width)];
  if (row === 'middle' && col === 'centre') return 'middle';
  return `${row} ${col}`;
}
