import { IMAGE_SEGMENT_KIND, type ImageRuleSpec } from '../../model/rule-spec.js';
import type { Match, Segment } from '../../model/types.js';

/**
 * What a post's images carry (src/images/ reads them into segments; see
 * pipeline/image-segments.ts for the texts). `gps`: a position tag, unless it
 * is 0, 0 (a camera without a fix writes zeros). `face`: a face at least
 * `minFaceSize` pixels high and wide; a smaller one (a crowd in the distance)
 * does not identify anyone. `text` and `metadata` match nothing themselves:
 * the post's identifier rules read those segments, and their findings are
 * reported under this rule's id (pipeline/image-findings.ts).
 */
export function compileImage(spec: ImageRuleSpec): (text: string, segment?: Segment) => Match[] {
  const kind = IMAGE_SEGMENT_KIND[spec.reads];
  const whole = (text: string): Match[] => [{ start: 0, end: text.length }];
  return (text, segment) => {
    if (segment?.kind !== kind) return [];
    if (spec.reads === 'gps') {
      const [lat, lon] = text.split(',').map(Number);
      return Number.isFinite(lat) && Number.isFinite(lon) && (Math.abs(lat) > 1e-6 || Math.abs(lon) > 1e-6) ? whole(text) : [];
    }
    if (spec.reads === 'face') {
      const size = /^face (\d+)x(\d+) px/.exec(text);
      return size && Math.min(Number(size[1]), Number(size[2])) >= spec.minFaceSize ? whole(text) : [];
    }
    return [];
  };
}
