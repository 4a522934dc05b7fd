import type { ImageAnalysis, ImageSettings, ImageTimings } from '../model/image.js';
import { decodePixels, headerSize, type Pixels } from './decode.js';
import { findFaces } from './faces.js';
import { readsText, sniff } from './formats.js';
import { readMetadata } from './metadata.js';
import { readText } from './ocr.js';

/**
 * Everything phi-lint reads inside one image, for the analyses `wants`
 * asks for. This module and the libraries behind it are imported only when
 * a post references a local image (pipeline/lint-images.ts), so a text-only
 * run never loads them. An analysis that fails is skipped with a reason; the
 * others still run.
 */
export async function analyzeImage(bytes: Uint8Array, file: string, wants: ImageSettings, timings: ImageTimings = {}): Promise<ImageAnalysis> {
  const out: ImageAnalysis = { metadata: [], text: [], faces: [], skipped: [] };
  // A library's error can quote the file's bytes: the note says only what was skipped.
  const timed = async <T>(kind: keyof ImageSettings, work: () => Promise<T>): Promise<T | undefined> => {
    const start = performance.now();
    try {
      return await work();
    } catch {
      out.skipped.push(`${kind}: the image could not be read, so this was not checked`);
      out.damaged = true;
      return undefined;
    } finally {
      timings[kind] = performance.now() - start;
    }
  };
  if (wants.metadata) {
    const meta = await timed('metadata', () => readMetadata(bytes));
    if (meta) Object.assign(out, meta);
  }
  // JPEG and PNG are decoded first: a damaged one is skipped here, before the OCR engine prints its own complaints.
  let pixels: Pixels | undefined;
  if ((wants.text || wants.faces) && sniff(bytes) !== 'other') {
    try {
      pixels = decodePixels(bytes);
    } catch {
      out.skipped.push('text and faces: the image could not be decoded, so they were not checked');
      out.damaged = true;
      return out;
    }
  }
  if (wants.text) {
    if (readsText(file)) out.text = (await timed('text', () => readText(bytes, headerSize(bytes)))) ?? [];
    else out.skipped.push('text: HEIC, AVIF and TIFF images are not read for text');
  }
  if (wants.faces) {
    if (!pixels) out.skipped.push('faces: only JPEG and PNG images are searched for faces');
    else out.faces = (await timed('faces', () => findFaces(pixels))) ?? [];
  }
  return out;
}
