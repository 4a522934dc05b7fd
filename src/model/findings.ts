import type { Finding } from './types.js';

/** Severities by weight, most severe highest: the one order every comparison of severities uses. */
export const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Two rules often find the same thing (a name from the lexicon and from the
 * NLP model). Overlapping findings of one category collapse into the most
 * severe one, widened to cover both spans and naming every rule that found
 * them (`rules`); `textAt` gives the matched text
 * of a widened span (without it, the kept finding's text stays).
 */
export function mergeOverlaps(findings: Finding[], textAt?: (offset: number, endOffset: number) => string): Finding[] {
  const sorted = [...findings].sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const out: Finding[] = [];
  // The furthest end of each category's findings so far: most findings overlap none, and need no search.
  const reach = new Map<string, number>();
  for (const f of sorted) {
    const at = (reach.get(f.category) ?? -1) > f.offset ? out.findLastIndex((p) => p.category === f.category && p.endOffset > f.offset) : -1;
    reach.set(f.category, Math.max(reach.get(f.category) ?? -1, f.endOffset));
    if (at < 0) {
      out.push(f);
      continue;
    }
    const prev = out[at];
    const keep = RANK[f.severity] > RANK[prev.severity] ? f : prev;
    const merged = { ...keep, ...rulesOf(keep, keep === f ? prev : f), offset: prev.offset, endOffset: Math.max(prev.endOffset, f.endOffset) };
    if (textAt && (merged.offset !== keep.offset || merged.endOffset !== keep.endOffset)) merged.text = textAt(merged.offset, merged.endOffset);
    out[at] = merged;
  }
  return out;
}

/**
 * `rules`: every rule behind a merged finding, the kept one first, so that a
 * report can say which other rules would still report it if that one were
 * switched off. Nothing when one rule found both spans.
 */
function rulesOf(kept: Finding, other: Finding): Pick<Finding, 'rules'> {
  const ids = [...new Set([...(kept.rules ?? [kept.ruleId]), ...(other.rules ?? [other.ruleId])])];
  return ids.length > 1 ? { rules: ids } : {};
}

/** Findings in reading order; ties by rule id so output is deterministic. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
}
