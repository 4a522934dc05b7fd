import type { CompiledRule, PatternStarts } from '../model/rule.js';
import { AnchorIndex } from '../text/anchor-index.js';

/**
 * The anchors of every pattern of a rule set in one index (text/anchor-index.ts),
 * built once per rule set, so that one pass over a segment tells every pattern
 * rule where its matches may start.
 */
export class RuleAnchors {
  private readonly index?: AnchorIndex;
  /** Per rule: its first slot, or -1 for a rule without patterns. */
  private readonly base: Int32Array;

  constructor(rules: readonly CompiledRule[]) {
    this.base = new Int32Array(rules.length).fill(-1);
    const slots: (readonly string[] | undefined)[] = [];
    rules.forEach((rule, r) => {
      const anchors = rule.anchors?.();
      if (!anchors?.some(Boolean)) return;
      this.base[r] = slots.length;
      slots.push(...anchors);
    });
    if (slots.length) this.index = new AnchorIndex(slots);
  }

  /** One segment's scan, handed to each rule as its PatternStarts; undefined when no rule has anchors. */
  scan(text: string): ((rule: number) => PatternStarts | undefined) | undefined {
    if (!this.index) return undefined;
    const scan = this.index.scan(text);
    return (rule) => (this.base[rule] < 0 ? undefined : { scan, base: this.base[rule] });
  }
}

const cache = new WeakMap<readonly CompiledRule[], RuleAnchors>();

/** The anchors of a rule set, built on first use. */
export function ruleAnchors(rules: readonly CompiledRule[]): RuleAnchors {
  let anchors = cache.get(rules);
  if (!anchors) cache.set(rules, (anchors = new RuleAnchors(rules)));
  return anchors;
}
