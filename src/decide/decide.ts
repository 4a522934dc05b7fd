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

/**
 * The row's severity for this rule. A severity set in the user's config
 * (config/rules.ts) is already the rule's `severity` and `unlinked`; it also
 * replaces the fixed level of a row (a staff member's name is an info by
 * default), so it holds for every finding the rule reports at all. A row or
 * an `unlinked: off` that drops the hit still drops it.
 */
function severityOf(row: Outcome, rule: Hit['rule']): Severity | 'off' {
  if (row.severity === 'rule') return rule.spec.severity;
  if (row.severity === 'unlinked') return rule.spec.unlinked as Severity | 'off';
  return row.severity === 'off' ? 'off' : (rule.configured ?? row.severity);
}

function outcome(row: Outcome, evidence: string | true, facts: HitFacts): Decision {
  const severity = severityOf(row, facts.hit.rule);
  const reason = row.reason?.(evidence, facts);
  return { severity, decision: row.decision, ...(reason ? { reason } : {}) };
}
