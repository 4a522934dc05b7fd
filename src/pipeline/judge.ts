import { decide } from '../decide/decide.js';
import { buildPostContext } from '../context/post.js';
import { postUnits } from '../formats/posts.js';
import type { CompiledRule, Decision, Hit } from '../model/rule.js';
import type { Segment } from '../model/types.js';

/** A hit with the decision made about it, in the file's segment numbering. */
export interface Judged {
  hit: Hit;
  decision: Decision;
}

/**
 * Reads each post of a file on its own (postUnits): the contextual rules
 * run over it and the decision table judges its hits, so a patient story in
 * one calendar item does not make the next item's clinic phone an error.
 */
export function judgePosts(segments: Segment[], hits: Hit[], rules: CompiledRule[]): Judged[] {
  const units = postUnits(segments);
  const group = <T>(map: Map<number, T[]>, key: number, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const segmentsOf = new Map<number, number[]>();
  units.forEach((u, i) => group(segmentsOf, u, i));
  const hitsOf = new Map<number, Hit[]>();
  for (const h of hits) group(hitsOf, units[h.segment], h);
  const out: Judged[] = [];
  for (const [u, indexes] of segmentsOf) {
    const local = new Map(indexes.map((i, k) => [i, k]));
    const own = (hitsOf.get(u) ?? []).map((h) => ({ ...h, segment: local.get(h.segment)! }));
    const ctx = buildPostContext(indexes.map((i) => segments[i]));
    // A contextual rule's hits are named after the rule as run here (with its configured severity).
    for (const rule of rules) if (rule.inPost) for (const hit of rule.inPost(ctx, own)) own.push({ ...hit, rule });
    decide(own, ctx).forEach((decision, k) => out.push({ hit: { ...own[k], segment: indexes[own[k].segment] }, decision }));
  }
  return out;
}
