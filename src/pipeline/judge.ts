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
  const count = units.reduce((n, u) => Math.max(n, u + 1), 0);
  const out: Judged[] = [];
  for (let u = 0; u < count; u++) {
    const indexes = units.flatMap((unit, i) => (unit === u ? [i] : []));
    const local = new Map(indexes.map((i, k) => [i, k]));
    const own = hits.filter((h) => local.has(h.segment)).map((h) => ({ ...h, segment: local.get(h.segment)! }));
    const ctx = buildPostContext(indexes.map((i) => segments[i]));
    // A contextual rule's hits are named after the rule as run here (with its configured severity).
    for (const rule of rules) if (rule.inPost) for (const hit of rule.inPost(ctx, own)) own.push({ ...hit, rule });
    decide(own, ctx).forEach((decision, k) => out.push({ hit: { ...own[k], segment: indexes[own[k].segment] }, decision }));
  }
  return out;
}
