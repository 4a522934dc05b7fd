import type { CompiledRule } from '../detectors/types.js';

/**
 * Every rule's `keywords` in one index, so a single pass over a segment's
 * lower-cased text says which rules may match (as gitleaks does), instead of
 * one `includes` per keyword per rule. Keywords are looked up by their first
 * two code units; a 64 K-entry table of hashed pairs skips most positions
 * without a map lookup. Rules without keywords always run.
 */
export class KeywordIndex {
  /** Rule indexes a one-unit keyword selects, by that unit. */
  private readonly single = new Map<number, number[]>();
  /** Keywords of two or more units by their first two units, with the rules each selects. */
  private readonly pairs = new Map<number, { word: string; rules: number[] }[]>();
  /** Whether some keyword may start with this (hashed) pair of units. */
  private readonly maybe = new Uint8Array(1 << 16);
  /** Rules that have keywords: the scan stops once all of them are selected. */
  private readonly keyed: number;
  private readonly open: Uint8Array;

  constructor(rules: readonly CompiledRule[]) {
    this.open = new Uint8Array(rules.length);
    let keyed = 0;
    rules.forEach((rule, r) => {
      const words = rule.spec.keywords;
      if (!words?.length) {
        this.open[r] = 1;
        return;
      }
      keyed++;
      for (const word of new Set(words.map((w) => w.toLowerCase()))) {
        if (word.length === 1) {
          const list = this.single.get(word.charCodeAt(0)) ?? [];
          this.single.set(word.charCodeAt(0), [...list, r]);
          continue;
        }
        const key = pairKey(word, 0);
        const list = this.pairs.get(key) ?? [];
        const entry = list.find((e) => e.word === word);
        if (entry) entry.rules.push(r);
        else list.push({ word, rules: [r] });
        this.pairs.set(key, list);
        this.maybe[hash(key)] = 1;
      }
    });
    this.keyed = keyed;
  }

  /** One flag per rule: 1 when the rule has no keywords or one of them occurs in `lower`. */
  select(lower: string): Uint8Array {
    const on = this.open.slice();
    let left = this.keyed;
    const mark = (rules: number[]) => {
      for (const r of rules) if (!on[r]) (on[r] = 1), left--;
    };
    const n = lower.length;
    for (let i = 0; i < n && left > 0; i++) {
      const c = lower.charCodeAt(i);
      if (this.single.size) {
        const one = this.single.get(c);
        if (one) mark(one);
      }
      if (i + 1 >= n) break;
      const key = c * 0x10000 + lower.charCodeAt(i + 1);
      if (!this.maybe[hash(key)]) continue;
      const entries = this.pairs.get(key);
      if (!entries) continue;
      for (const e of entries) if (lower.startsWith(e.word, i)) mark(e.rules);
    }
    return on;
  }
}

const pairKey = (word: string, i: number) => word.charCodeAt(i) * 0x10000 + word.charCodeAt(i + 1);
const hash = (key: number) => ((key >>> 16) * 31 + (key & 0xffff)) & 0xffff;
