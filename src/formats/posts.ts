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
  return segments.map((seg, i) => {
    if (seg.kind === 'text') return unitOf(`text:${i}`);
    const item = seg.pointer !== undefined ? POST_LIST.exec(seg.pointer) : null;
    return unitOf(item ? item[1] : '');
  });
}
