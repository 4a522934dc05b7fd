import { boundedRegex, matchSpans, unionSource } from '../../text/leading-boundary.js';
import type { RelationshipRuleSpec } from '../../model/rule-spec.js';
import type { PostHit } from '../../model/rule.js';
import type { PostContext } from '../../model/post.js';

const MAY_CONFIRM = /\b(?:you|your|records?|file|chart|his|her|their)\b/i;

const union = (patterns: string[]) => (patterns.length ? boundedRegex(unionSource(patterns), 'giu') : undefined);

/**
 * Patient relationship (DESIGN.md, point 5): words that confirm someone is a
 * patient or discuss their care ("we can see you were rescheduled twice").
 * Second-person care phrases ("your visit") count only in replies, where a
 * real person is being answered.
 */
export function compileRelationship(spec: RelationshipRuleSpec) {
  const confirm = union(spec.confirm);
  const inReply = union(spec.inReply);
  return (ctx: PostContext): PostHit[] => {
    const out: PostHit[] = [];
    for (const s of ctx.sentences) {
      // Every pattern speaks to or about "you"/"your" or quotes records: skip the rest cheaply.
      if (!MAY_CONFIRM.test(s.text)) continue;
      for (const re of s.reply ? [confirm, inReply] : [confirm]) {
        for (const [a, b] of re ? matchSpans(re, s.text) : []) out.push({ segment: s.segment, start: s.start + a, end: s.start + b });
      }
    }
    return out;
  };
}
