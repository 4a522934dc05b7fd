import type { CareDetailRuleSpec } from '../../model/rule-spec.js';
import type { PostHit } from '../../model/rule.js';
import type { PostContext } from '../../model/post.js';
import { aboutPatient, isMetadata } from '../../context/post.js';

/**
 * The care detail of a patient's story (DESIGN.md, points 3 and 5): the
 * condition, injury or treatment a sentence tells of one person ("was treated
 * for smoke inhalation", "while his daughter got her infusion"). It points the
 * writer at what, next to the name, makes the post PHI. Replies have their own
 * findings (relationship.ts), and decide() keeps these only in a post that has
 * an error: a care detail on its own identifies no one.
 */
export function compileCareDetail(_spec: CareDetailRuleSpec) {
  return (ctx: PostContext): PostHit[] => {
    const out: PostHit[] = [];
    for (const s of ctx.sentences) {
      if (s.reply || s.public || !s.health || isMetadata(ctx.segments[s.segment])) continue;
      if (aboutPatient(s) !== s.health && !s.patient) continue;
      out.push({ segment: s.segment, start: s.start + s.health.start, end: s.start + s.health.start + s.health.word.length });
    }
    return out;
  };
}
