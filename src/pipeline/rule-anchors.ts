import type { CompiledRule, PatternStarts } from '../model/rule.js';
import { AnchorIndex, type AnchorScan } from '../text/anchor-index.js';
import { AnchorSearch } from '../text/anchor-search.js';

/**
 * The anchors of every pattern of a rule set in one index (text/anchor-index.ts),
 * built once per rule set, so that one pass over a segment tells every pattern
 * rule where its matches may start. Both ways find the same matches. The first
 * 32 KB of a run are searched without the automaton (text/anchor-search.ts),
 * so a one-file run never builds it, and never compiles the regexes of
 * patterns whose anchors do not occur.
 */
export class RuleAnchors {
  private index?: AnchorIndex | null;
  private search?: AnchorSearch | null;
  private slots?: (readonly string[] | undefined)[];
  /** Per rule: its first slot, or -1 for a rule without patterns. */
  private readonly base: Int32Array;
  /** Per rule: its number of patterns (one anchor slot each). */
  private readonly count: Int32Array;
  /** Per rule: 1 when its patterns' required literals follow their anchor slots (one slot each). */
  private readonly required: Uint8Array;
  /** Text searched so far: the index is built once this passes WARM_UP. */
  private scanned = 0;

  constructor(private readonly rules: readonly CompiledRule[]) {
    this.base = new Int32Array(rules.length).fill(-1);
    this.count = new Int32Array(rules.length);
    this.required = new Uint8Array(rules.length);
  }

  /** Every pattern's anchors, one slot each, in rule order, each rule's then followed by its required literals if any; sets `base`. */
  private allSlots(): (readonly string[] | undefined)[] {
    if (this.slots) return this.slots;
    const slots: (readonly string[] | undefined)[] = [];
    this.rules.forEach((rule, r) => {
      const anchors = rule.anchors?.();
      const required = rule.required?.();
      const withRequired = required?.some(Boolean) ?? false;
      if (!anchors || (!anchors.some(Boolean) && !withRequired)) return;
      this.base[r] = slots.length;
      this.count[r] = anchors.length;
      slots.push(...anchors);
      if (withRequired) (this.required[r] = 1), slots.push(...required!);
    });
    return (this.slots = slots);
  }

  /** One segment's scan, handed to each rule as its PatternStarts; undefined when no pattern has anchors. */
  scan(text: string): SegmentStarts | undefined {
    let scan: AnchorScan;
    // A pre-commit hook's one small file is done before the index (several ms to build) would pay for itself.
    if (this.index === undefined && (this.scanned += text.length) < WARM_UP) {
      if (this.search === undefined) this.search = this.allSlots().length ? new AnchorSearch(this.allSlots()) : null;
      if (!this.search) return undefined;
      scan = this.search.scan(text);
    } else {
      if (this.index === undefined) this.index = this.allSlots().length ? new AnchorIndex(this.allSlots()) : null;
      if (!this.index) return undefined;
      scan = this.index.scan(text);
    }
    return new SegmentStarts(scan, this.base, this.count, this.required);
  }
}

/** One segment's anchor scan, as each rule reads it. */
export class SegmentStarts {
  constructor(
    private readonly scan: AnchorScan,
    private readonly base: Int32Array,
    private readonly count: Int32Array,
    private readonly required: Uint8Array,
  ) {}

  /** Rule r's starts, or undefined for a rule without anchored patterns. */
  of(r: number): PatternStarts | undefined {
    return this.base[r] < 0 ? undefined : { scan: this.scan, base: this.base[r], slots: this.count[r], required: this.required[r] === 1 };
  }

  /** noneCanStart(this.of(r)), without making the object: most rules a keyword selects are skipped so (detect()). */
  none(r: number): boolean {
    return this.base[r] >= 0 && noneCan(this.scan, this.base[r], this.count[r], this.required[r] === 1);
  }
}

/**
 * Whether no pattern of a rule can match: for every one, none of its anchors
 * or none of its required literals occurs. A quarter of the pattern rules a
 * keyword selects on the bench corpus are such; detect() skips them without
 * a call (nor, in a small run, compiling the rule).
 */
export function noneCanStart(starts: PatternStarts): boolean {
  return noneCan(starts.scan, starts.base, starts.slots, starts.required === true);
}

function noneCan(scan: PatternStarts['scan'], base: number, slots: number, required: boolean): boolean {
  for (let i = 0; i < slots; i++) {
    if (required && scan.at(base + slots + i)?.length === 0) continue; // lacksRequired
    const at = scan.at(base + i);
    if (!at || at.length) return false;
  }
  return true;
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
