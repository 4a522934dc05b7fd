import type { DecisionName } from './decision.js';
import type { PostContext } from './post.js';
import type { Match, Segment, Severity } from './types.js';
import type { RuleSpec } from './rule-spec.js';

/** The NLP model (compromise): loaded on first need (detect/nlp.ts) and handed to the detectors that use it. */
export type Nlp = typeof import('compromise').default;

/** A rule compiled once per run: a pure function from segment text to matches. */
export interface CompiledRule {
  spec: RuleSpec;
  /** Source pack path, for messages. */
  pack: string;
  /** The rule's guidance page (`docs/rules/<id>.md`): set for the built-in rules, which have one. */
  docs?: string;
  /**
   * A severity the user's config set for this rule (`rules: {id: error}`):
   * every finding of the rule that the decision table reports at all gets
   * it, whatever the context (see decide/decide.ts).
   */
  configured?: Severity;
  /**
   * Matches in one segment's text; the segment tells its kind and
   * JSON/front-matter key. `nlp` is the NLP model, given whenever needsNlp
   * asked for it: a detector takes it from here, never from module state, so
   * its result cannot depend on whether something else loaded the model first.
   */
  detect(text: string, segment?: Segment, nlp?: Nlp, starts?: PatternStarts): Match[];
  /**
   * Whether detect() needs the NLP model (see detect/nlp.ts): always (true,
   * for segments with a capitalised word), never, or as the rule decides per
   * text (the name detector asks only for runs it cannot explain).
   */
  needsNlp: boolean | ((text: string) => boolean);
  /** A pattern rule's anchors, one entry per pattern (text/anchors.ts; undefined: scanned whole), read without compiling the rule. */
  anchors?: () => readonly (readonly string[] | undefined)[];
  /** A pattern rule's required literals, one entry per pattern (text/required-literals.ts; undefined: none). */
  required?: () => readonly (readonly string[] | undefined)[];
  /** Whether the organisation's own site or event is named near a match (the rule's `ownPlace` words). */
  ownPlace?: (text: string, m: Match) => boolean;
  /**
   * Contextual rules (combo, relationship) read the whole post and the other
   * hits instead. Their hits name no rule: the caller names the rule it ran,
   * whatever wraps it (a configured severity, lazy compilation).
   */
  inPost?: (ctx: PostContext, hits: Hit[]) => PostHit[];
}

/**
 * Where a pattern rule's matches may start in one segment, from one pass of
 * text/anchor-index.ts over it: pattern i of the rule is slot `base + i`;
 * `at` gives undefined for a pattern that must scan the whole text.
 */
export interface PatternStarts {
  scan: { at(slot: number): readonly number[] | undefined };
  base: number;
  /** The rule's number of patterns (its slots are base .. base + slots - 1). */
  slots: number;
  /** Whether slots base + slots .. base + 2 * slots - 1 hold the patterns' required literals: a pattern whose slot has no position cannot match. */
  required?: boolean;
}

/** Whether pattern `i` has required literals (text/required-literals.ts) and none of them occurs: it cannot match. */
export function lacksRequired(starts: PatternStarts, i: number): boolean {
  return starts.required === true && starts.scan.at(starts.base + starts.slots + i)?.length === 0;
}

/** Thrown while compiling; `path` is relative to the rule, for a located message. */
export class RuleCompileError extends Error {
  constructor(message: string, readonly path: PropertyKey[]) {
    super(message);
  }
}

/** A detector hit in segment coordinates, before severity is decided. */
export interface Hit extends Match {
  rule: CompiledRule;
  segment: number;
}

/** A contextual rule's hit, before the caller names the rule. */
export type PostHit = Omit<Hit, 'rule'>;

/** What the decision table made of a hit. */
export interface Decision {
  severity: Severity | 'off';
  decision: DecisionName;
  reason?: string;
}
