import type { CompiledRule, PatternStarts } from '../model/rule.js';
import { AnchorIndex } from '../text/anchor-index.js';

/**
 * The anchors of every pattern of a rule set in one index (text/anchor-index.ts),
 * built once per rule set, so that one pass over a segment tells every pattern
 * rule where its matches may start. Both ways find the same matches; the
 * first 32 KB of a run are scanned whole, so a one-file run never builds it.
 */
export class RuleAnchors {
  private index?: AnchorIndex | null;
  /** Per rule: its first slot, or -1 for a rule without patterns. */
  private readonly base: Int32Array;
  /** Text scanned whole so far: the index is built once this passes WARM_UP. */
  private scanned = 0;

  constructor(private readonly rules: readonly CompiledRule[]) {
    this.base = new Int32Array(rules.length).fill(-1);
  }

  private build(): AnchorIndex | null {
    const slots: (readonly string[] | undefined)[] = [];
    this.rules.forEach((rule, r) => {
      const anchors = rule.anchors?.();
      if (!anchors?.some(Boolean)) return;
      this.base[r] = slots.length;
      slots.push(...anchors);
    });
    return slots.length ? new AnchorIndex(slots) : null;
  }

  /** One segment's scan, handed to each rule as its PatternStarts; undefined while patterns scan whole texts. */
  scan(text: string): ((rule: number) => PatternStarts | undefined) | undefined {
    // A pre-commit hook's one small file is done before the index (several ms to build) would pay for itself.
    if (this.index === undefined && (this.scanned += text.length) < WARM_UP) return undefined;
    this.index ??= this.build();
    if (!this.index) return undefined;
    const scan = this.index.scan(text);
    return (rule) => (this.base[rule] < 0 ? undefined : { scan, base: this.base[rule] });
  }
}

/** Characters scanned whole before the index is built. */
const WARM_UP = 32 * 1024;

const cache = new WeakMap<readonly CompiledRule[], RuleAnchors>();

/** The anchors of a rule set, built on first use. */
export function ruleAnchors(rules: readonly CompiledRule[]): RuleAnchors {
  let anchors = cache.get(rules);
  if (!anchors) cache.set(rules, (anchors = new RuleAnchors(rules)));
  return anchors;
}
