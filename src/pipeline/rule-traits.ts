import type { CompiledRule } from '../model/rule.js';

/**
 * What detect() asks of every rule for every segment, read once per rule set
 * into flat arrays: a run asks it about 1.2 million times, and reading
 * `rule.spec.detector` and the lazy `needsNlp` getter of rules of many
 * shapes was a tenth of detect()'s own time.
 */
export class RuleTraits {
  /** Per rule: 1 for an image rule (it reads image data, no other rule does). */
  readonly image: Uint8Array;
  /** Per rule: 1 when detect() finds nothing per segment (the post-level kinds judge a whole post in `inPost`; approvals are reported by the run). */
  readonly postOnly: Uint8Array;
  /** Per rule: its `needsNlp`, read on first use (reading it compiles a lazy rule). */
  private readonly nlp: (CompiledRule['needsNlp'] | undefined)[];

  constructor(private readonly rules: readonly CompiledRule[]) {
    this.image = Uint8Array.from(rules, (rule) => +(rule.spec.detector === 'image'));
    this.postOnly = Uint8Array.from(rules, (rule) => +POST_ONLY.has(rule.spec.detector));
    this.nlp = new Array(rules.length).fill(undefined);
  }

  needsNlp(r: number): CompiledRule['needsNlp'] {
    return (this.nlp[r] ??= this.rules[r].needsNlp);
  }
}

/** Detector kinds whose per-segment detect() always returns no match (detect/index.ts). */
const POST_ONLY = new Set(['combo', 'relationship', 'care-detail', 'approval']);

const traits = new WeakMap<readonly CompiledRule[], RuleTraits>();

/** The traits of a rule set, read once. */
export function ruleTraits(rules: readonly CompiledRule[]): RuleTraits {
  let t = traits.get(rules);
  if (!t) traits.set(rules, (t = new RuleTraits(rules)));
  return t;
}
