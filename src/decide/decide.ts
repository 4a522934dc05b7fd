import type { PostContext } from '../model/post.js';
import type { Decision, Hit } from '../model/rule.js';
import type { Severity } from '../model/types.js';
import { HitFacts } from './facts.js';
import { PostFacts } from './post-facts.js';
import { OUTCOMES, type Outcome } from './outcomes.js';

/**
 * Decides each hit's severity from its context: the first row of the
 * decision table (outcomes.ts) that holds names the outcome, its severity and
 * the reason the finding gives.
 */
export function decide(hits: Hit[], ctx: PostContext): Decision[] {
  const post = new PostFacts(hits, ctx);
  return hits.map((hit) => {
    const facts = new HitFacts(hit, post);
    for (const row of OUTCOMES) {
      const evidence = row.when(facts);
      if (evidence) return outcome(row, evidence, facts);
    }
    throw new Error('the decision table has no last row'); // 'unlinked' always holds
  });
}

function outcome(row: Outcome, evidence: string | true, facts: HitFacts): Decision {
  const spec = facts.hit.rule.spec;
  const severity = row.severity === 'rule' ? spec.severity : row.severity === 'unlinked' ? (spec.unlinked as Severity | 'off') : row.severity;
  const reason = row.reason?.(evidence, facts);
  return { severity, decision: row.decision, ...(reason ? { reason } : {}) };
}
