import type { ImageAnalysis } from '../model/image.js';
import type { ImageOrigin, Segment, SegmentKind } from '../model/types.js';

/**
 * What was read inside an image, as segments of its post: each metadata
 * field, the GPS tag, each line of text and each face. Every character maps
 * to the image reference (`start`), so a finding points at the reference;
 * `image` says what was read where, for the finding's message.
 */
export function imageSegments(analysis: ImageAnalysis, ref: Segment, refSegment: number, span: { offset: number; end: number }, display: string): Segment[] {
  const refOffset = span.offset;
  const out: Segment[] = [];
  const add = (kind: SegmentKind, text: string, where: string) => {
    const image: ImageOrigin = { refSegment, path: display, where, end: span.end };
    out.push({ text, kind, start: refOffset, map: new Array<number>(text.length + 1).fill(refOffset), ...(ref.pointer !== undefined ? { pointer: ref.pointer } : {}), image });
  };
  for (const m of analysis.metadata) add('image-meta', m.text, `its ${m.field} field`);
  if (analysis.gps) add('image-gps', gpsText(analysis.gps), 'its GPS position tag');
  for (const line of analysis.text) add('image-text', line.text, `the text at ${line.where}`);
  for (const face of analysis.faces) add('image-face', faceText(face), `a face at ${face.where}`);
  return out;
}

/** "41.49930, -81.69440" (the form images/location-tag reads). */
export const gpsText = (gps: NonNullable<ImageAnalysis['gps']>) => `${gps.latitude.toFixed(5)}, ${gps.longitude.toFixed(5)}`;

/** "face 42x40 px, score 0.95" (the form images/face reads). */
export const faceText = (face: ImageAnalysis['faces'][number]) => `face ${face.width}x${face.height} px, score ${face.score.toFixed(2)}`;
