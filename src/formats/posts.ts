import type { Segment } from '../model/types.js';

/** JSON arrays whose items are separate posts: a content calendar, a queue, a thread of drafts. */
const POST_LIST = /^(\/[^/]*?(?:posts|calendar|items|entries|drafts|schedule|queue|updates)[^/]*\/\d+)(?:\/|$)/i;

/**
 * Which post each segment belongs to, as a number per segment. A file may
 * hold several posts: the items of a JSON content calendar ("posts": [...]),
 * or the drafts of a plain-text file between separator lines (one segment
 * each). What one post says about a patient must not spill into another.
 * Markdown is one post (a thematic break is layout); the rest of a JSON file
 * (its platform, its campaign) is a post of its own.
 */
export function postUnits(segments: readonly Segment[]): number[] {
  const ids = new Map<string, number>();
  const unitOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const units: number[] = [];
  segments.forEach((seg, i) => {
    // What was read inside an image belongs to the post that references it.
    if (seg.image) return units.push(units[seg.image.refSegment] ?? unitOf(`text:${seg.image.refSegment}`));
    if (seg.kind === 'text') return units.push(unitOf(`text:${i}`));
    const item = seg.pointer !== undefined ? POST_LIST.exec(seg.pointer) : null;
    return units.push(unitOf(item ? item[1] : ''));
  });
  return units;
}
