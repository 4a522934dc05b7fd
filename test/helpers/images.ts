import path from 'node:path';
import { ALL_IMAGE_ANALYSES, type ImageAnalysis, type ImageSettings } from '../../src/model/image.js';
import type { RuleSpec } from '../../src/model/rule-spec.js';
import type { ImageRun } from '../../src/pipeline/lint-images.js';

/** The committed test images (see fixtures/images/SOURCES.md). */
export const IMAGES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'images');

export const emptyAnalysis = (): ImageAnalysis => ({ metadata: [], text: [], faces: [], skipped: [] });

/** An image that carries `text` where an image rule reads it: "41.5, -81.7" as its GPS tag, "face 42x42 px" as a face, a line of text, a metadata field. */
export function readAs(spec: RuleSpec, text: string): ImageAnalysis {
  const analysis = emptyAnalysis();
  if (spec.detector !== 'image') return analysis;
  if (spec.reads === 'gps') {
    const [latitude, longitude] = text.split(',').map(Number);
    analysis.gps = { latitude, longitude };
  }
  if (spec.reads === 'face') {
    const [, w, h, score] = /^face (\d+)x(\d+) px, score ([\d.]+)/.exec(text) ?? [];
    analysis.faces.push({ where: 'middle', width: Number(w), height: Number(h), score: Number(score) });
  }
  if (spec.reads === 'text') analysis.text.push({ text, where: 'top left' });
  if (spec.reads === 'metadata') analysis.metadata.push({ field: 'ImageDescription', text });
  return analysis;
}

/** Image settings that read every image as `analysis` (or, by file name, from `byName`); a missing name is a file not found. */
export function imageRunWith(analysis: ImageAnalysis | Record<string, ImageAnalysis>, settings: ImageSettings = ALL_IMAGE_ANALYSES): ImageRun {
  const byName = 'skipped' in analysis ? undefined : (analysis as Record<string, ImageAnalysis>);
  return {
    settings,
    cwd: '/posts',
    analyze: async (file) => (byName ? byName[path.basename(file)] : (analysis as ImageAnalysis)),
  };
}
