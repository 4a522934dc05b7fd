import type { CompiledRule } from '../model/rule.js';
import { compactTable, completeAutomaton, flatOutputs } from '../text/aho-corasick.js';

/**
 * Every rule's `keywords` in one Aho-Corasick automaton, so a single pass
 * over a segment's lower-cased text says which rules may match (the
 * prefilter gitleaks uses), at one table step per character. An ASCII code
 * unit finds its input class in a table; the few other code units keywords
 * hold ("µg", "años", "’s") in a map, read only for text outside ASCII.
 * Rules without keywords always run.
 */
const ASCII = 128;

/** Each rule's lower-cased keywords, and which rules run without looking (no keywords). */
function keywordLists(rules: readonly CompiledRule[]): { open: Uint8Array; words: string[][] } {
  const words = rules.map((rule) => (rule.spec.keywords ?? []).map((w) => w.toLowerCase()).filter(Boolean));
  const open = Uint8Array.from(words, (list) => (!list.length ? 1 : 0));
  return { open, words };
}

export class KeywordIndex {
  /** ASCII code unit -> input class: the inputs no keyword holds share class 0, so the table is a third as wide. */
  private readonly classOf = new Uint16Array(ASCII);
  /** The input class of each other code unit a keyword holds (the rest are class 0). */
  private readonly wideClass = new Map<number, number>();
  private readonly width: number;
  /** DFA transitions: state * width + input class -> next state. */
  private readonly next: Int32Array | Uint16Array;
  /** Rules selected on reaching state s (its keywords and those of its suffixes): `outList[outAt[s]]` up to `outAt[s + 1]`. */
  private readonly outAt: Int32Array;
  private readonly outList: Int32Array;
  /** Rules that run without looking: no keywords, or a keyword the automaton cannot hold. */
  private readonly open: Uint8Array;
  /** Rules that have keywords: the scan stops once all of them are selected. */
  private readonly keyed: number;

  constructor(rules: readonly CompiledRule[]) {
    const { open, words: lists } = keywordLists(rules);
    this.open = open;
    // The trie is built straight into the transition table (-1: no edge yet); it has at most one state per keyword character.
    const { classOf, wideClass } = this;
    let width = 1;
    lists.forEach((words, r) => {
      if (open[r]) return;
      for (const w of words) {
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          if (c < ASCII) classOf[c] ||= width++;
          else if (!wideClass.has(c)) wideClass.set(c, width++);
        }
      }
    });
    this.width = width;
    const most = 1 + lists.reduce((n, words) => n + words.reduce((m, w) => m + w.length, 0), 0);
    const next = new Int32Array(most * width).fill(-1);
    const found: Set<number>[] = [new Set()];
    let keyed = 0;
    lists.forEach((words, r) => {
      if (open[r]) return;
      keyed++;
      for (const word of words) {
        let state = 0;
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(i);
          const at = state * width + (c < ASCII ? classOf[c] : wideClass.get(c)!);
          if (next[at] < 0) next[at] = found.push(new Set()) - 1;
          state = next[at];
        }
        found[state].add(r);
      }
    });
    this.keyed = keyed;
    completeAutomaton(next, width, (s, fail) => {
      for (const r of found[fail]) found[s].add(r);
    });
    this.next = compactTable(next, found.length, width);
    ({ at: this.outAt, list: this.outList } = flatOutputs(found.map((set) => [...set])));
  }

  /** One flag per rule: 1 when the rule has no keywords or one of them occurs in `lower`. */
  select(lower: string): Uint8Array {
    const on = this.open.slice();
    let left = this.keyed;
    const { next, outAt, outList, classOf, wideClass, width } = this;
    for (let i = 0, state = 0, n = lower.length; i < n && left > 0; i++) {
      const c = lower.charCodeAt(i);
      state = next[state * width + (c < ASCII ? classOf[c] : (wideClass.get(c) ?? 0))];
      for (let k = outAt[state], end = outAt[state + 1]; k < end; k++) {
        const r = outList[k];
        if (!on[r]) (on[r] = 1), left--;
      }
    }
    return on;
  }
}

/**
 * A rule set's keyword prefilter: the first 32 KB of a run are searched
 * keyword by keyword (`includes`), so a pre-commit hook's one small file
 * never builds the automaton (about 10 ms); later texts go through it.
 * Both say the same.
 */
export class RuleKeywords {
  private index?: KeywordIndex;
  private lists?: { open: Uint8Array; words: string[][] };
  private searched = 0;

  constructor(private readonly rules: readonly CompiledRule[]) {}

  select(lower: string): Uint8Array {
    if (this.index || (this.searched += lower.length) >= WARM_UP) return (this.index ??= new KeywordIndex(this.rules)).select(lower);
    const { open, words } = (this.lists ??= keywordLists(this.rules));
    const on = open.slice();
    words.forEach((list, r) => {
      if (!on[r]) on[r] = list.some((w) => lower.includes(w)) ? 1 : 0;
    });
    return on;
  }
}

/** Characters searched keyword by keyword before the automaton is built. */
const WARM_UP = 32 * 1024;