import type { CompiledRule } from '../detectors/types.js';

/**
 * Every rule's `keywords` in one Aho-Corasick automaton, so a single pass
 * over a segment's lower-cased text says which rules may match (the
 * prefilter gitleaks uses), at one table step per character. Keywords are
 * ASCII in the built-in packs; other characters are one "other" input, and
 * a pack keyword with non-ASCII characters makes its rule always run
 * (still correct, only not prefiltered). Rules without keywords always run.
 */
const ASCII = 128;
/** Inputs: the 128 ASCII code units, then one for everything else. */
const WIDTH = ASCII + 1;

export class KeywordIndex {
  /** DFA transitions: state * WIDTH + input -> next state. */
  private readonly next: Int32Array;
  /** Rules selected on reaching a state (its keywords and those of its suffixes), or undefined. */
  private readonly outputs: (number[] | undefined)[];
  /** Rules that run without looking: no keywords, or a keyword the automaton cannot hold. */
  private readonly open: Uint8Array;
  /** Rules that have keywords: the scan stops once all of them are selected. */
  private readonly keyed: number;

  constructor(rules: readonly CompiledRule[]) {
    this.open = new Uint8Array(rules.length);
    const goto: Map<number, number>[] = [new Map()];
    const found: Set<number>[] = [new Set()];
    let keyed = 0;
    rules.forEach((rule, r) => {
      const words = (rule.spec.keywords ?? []).map((w) => w.toLowerCase()).filter(Boolean);
      if (!words.length || words.some((w) => /[^\x00-\x7f]/.test(w))) {
        this.open[r] = 1;
        return;
      }
      keyed++;
      for (const word of words) {
        let state = 0;
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(i);
          let to = goto[state].get(c);
          if (to === undefined) {
            to = goto.push(new Map()) - 1;
            found.push(new Set());
            goto[state].set(c, to);
          }
          state = to;
        }
        found[state].add(r);
      }
    });
    this.keyed = keyed;
    // Breadth first: each state's failure link is set before its children need it.
    const states = goto.length;
    this.next = new Int32Array(states * WIDTH);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < WIDTH; c++) {
      const to = goto[0].get(c);
      if (to !== undefined) (this.next[c] = to), queue.push(to);
    }
    for (let k = 0; k < queue.length; k++) {
      const s = queue[k];
      for (const r of found[fail[s]]) found[s].add(r);
      for (let c = 0; c < WIDTH; c++) {
        const to = goto[s].get(c);
        const viaFail = this.next[fail[s] * WIDTH + c];
        if (to === undefined) this.next[s * WIDTH + c] = viaFail;
        else {
          this.next[s * WIDTH + c] = to;
          fail[to] = viaFail;
          queue.push(to);
        }
      }
    }
    this.outputs = found.map((set) => (set.size ? [...set] : undefined));
  }

  /** One flag per rule: 1 when the rule has no keywords or one of them occurs in `lower`. */
  select(lower: string): Uint8Array {
    const on = this.open.slice();
    let left = this.keyed;
    const { next, outputs } = this;
    for (let i = 0, state = 0, n = lower.length; i < n && left > 0; i++) {
      const c = lower.charCodeAt(i);
      state = next[state * WIDTH + (c < ASCII ? c : ASCII)];
      const out = outputs[state];
      if (out) for (const r of out) if (!on[r]) (on[r] = 1), left--;
    }
    return on;
  }
}
