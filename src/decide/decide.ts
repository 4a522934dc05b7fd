import type { PostContext } from '../model/post.js';
import type { Decision, Hit } from '../model/rule.js';
import type { Severity } from '../model/types.js';
import { HitFacts } from './facts.js';
import { CONTENT, PostFacts } from './post-facts.js';
import { OUTCOMES, type Outcome } from './outcomes.js';

/**
 * Decides each hit's severity from its context: the first row of the
 * decision table (outcomes.ts) that holds names the outcome, its severity and
 * the reason the finding gives.
 */
export function decide(hits: Hit[], ctx: PostContext): Decision[] {
  const post = new PostFacts(hits, ctx);
  const decisions = hits.map((hit) => {
    const facts = new HitFacts(hit, post);
    for (const row of OUTCOMES) {
      const evidence = row.when(facts);
      if (evidence) return outcome(row, evidence, facts);
    }
    throw new Error('the decision table has no last row'); // 'unlinked' always holds
  });
  return besideAnError(hits, decisions);
}

/**
 * A care detail (detect/kinds/care-detail.ts) is reported only in a post
 * with a PHI error: it shows what, next to the identifier, makes the post a
 * patient's story; on its own it identifies no one.
 */
function besideAnError(hits: Hit[], decisions: Decision[]): Decision[] {
  const phiError = decisions.some((d, i) => d.severity === 'error' && hits[i].rule.spec.detector !== 'care-detail' && !CONTENT.has(hits[i].rule.spec.category));
  return decisions.map((d, i) => {
    if (hits[i].rule.spec.detector !== 'care-detail') return d;
    // Its own words are the cue: the reason says what it goes with instead of quoting them back.
    return phiError && d.severity !== 'off' ? { ...d, reason: 'beside the identifiers flagged in this post' } : { severity: 'off', decision: 'unlinked' };
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
