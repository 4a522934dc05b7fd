import { compactTable, completeAutomaton, flatOutputs } from './aho-corasick.js';
import { ALPHABET, ANY, foldCode, OTHER } from './anchors.js';

/**
 * The anchors of many regexes (anchors.ts) in one Aho-Corasick automaton, so
 * one pass over a segment finds, for every regex at once, the positions
 * where a match of it may start. Each regex is a slot; a slot without
 * anchors has no positions and is scanned whole, as before.
 */
export class AnchorIndex {
  /** Folded code -> input class: the codes no anchor holds share class 0, so the table is a third as wide. */
  private readonly classOf: Uint8Array;
  /** The class of each ASCII code, and of the rest (foldCode folded in: one lookup per character while scanning). */
  private readonly asciiClass: Uint8Array;
  private readonly otherClass: number;
  /** Number of input classes. */
  private readonly width: number;
  /** DFA transitions: state * width + input class -> next state. */
  private readonly next: Int32Array | Uint16Array;
  /** Per state s: (group << 3 | anchor length) of every anchor ending there, `outList[outAt[s]]` up to `outAt[s + 1]`. */
  private readonly outAt: Int32Array;
  private readonly outList: Int32Array;
  /** Per slot: its group (slots with the same anchors share one, and one list of starts), or -1 without anchors. */
  readonly groupOf: Int32Array;

  constructor(slots: readonly (readonly string[] | undefined)[]) {
    const { groupOf, sets } = anchorGroups(slots);
    this.groupOf = groupOf;
    const classOf = (this.classOf = new Uint8Array(ALPHABET));
    let width = 1;
    for (const anchors of slots) for (const a of anchors ?? []) for (let i = wildcards(a); i < a.length; i++) classOf[a.charCodeAt(i)] ||= width++;
    this.width = width;
    this.asciiClass = Uint8Array.from({ length: 0x80 }, (_, c) => classOf[foldCode(c)]);
    this.otherClass = classOf[OTHER];
    const most = 1 + sets.reduce((n, anchors) => n + anchors.reduce((m, a) => m + a.length, 0), 0);
    const next = new Int32Array(most * width).fill(-1);
    const found: number[][] = [[]];
    sets.forEach((anchors, group) => {
      for (const anchor of anchors) {
        let state = 0;
        // Leading wildcards are in the length, not the automaton: the start is that far before the literal.
        for (let i = wildcards(anchor); i < anchor.length; i++) {
          const at = state * width + classOf[anchor.charCodeAt(i)];
          if (next[at] < 0) next[at] = found.push([]) - 1;
          state = next[at];
        }
        found[state].push((group << 3) | anchor.length);
      }
    });
    completeAutomaton(next, width, (s, fail) => {
      found[s].push(...found[fail]);
    });
    this.next = compactTable(next, found.length, width);
    ({ at: this.outAt, list: this.outList } = flatOutputs(found));
  }

  /** Where each anchored slot's matches may start in `text`, in increasing order (one list per group). */
  scan(text: string): AnchorScan {
    const starts: (number[] | undefined)[] = [];
    const { next, outAt, outList, classOf, asciiClass, otherClass, width } = this;
    for (let i = 0, state = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      state = next[state * width + (c < 0x80 ? asciiClass[c] : c === 0x17f || c === 0x212a ? classOf[foldCode(c)] : otherClass)];
      for (let k = outAt[state], end = outAt[state + 1]; k < end; k++) {
        const v = outList[k];
        const start = i + 1 - (v & 7);
        if (start < 0) continue; // a wildcard anchor's literal too near the start
        const list = (starts[v >> 3] ??= []);
        // Not list[list.length - 1] on an empty list: reading index -1 is a property lookup, which made this V8's slow path (a quarter of the scan).
        const n = list.length;
        if (n === 0 || list[n - 1] !== start) list.push(start);
      }
    }
    for (const list of starts) if (list && list.length > 1) sortUnique(list);
    return new AnchorScan(this.groupOf, starts);
  }
}

/** Number of leading ANY (anchors.ts) of an anchor. */
export function wildcards(anchor: string): number {
  let n = 0;
  while (anchor.charCodeAt(n) === ANY) n++;
  return n;
}

/**
 * Slots grouped by their anchors: many digit patterns have the one anchor
 * "0", so one group, one list, one push per digit instead of twenty.
 * `groupOf` is -1 for a slot without anchors.
 */
export function anchorGroups(slots: readonly (readonly string[] | undefined)[]): { groupOf: Int32Array; sets: (readonly string[])[] } {
  const groups = new Map<string, number>();
  const sets: (readonly string[])[] = [];
  const groupOf = Int32Array.from(slots, (anchors) => {
    if (!anchors) return -1;
    const key = anchors.join('\0');
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = sets.push(anchors) - 1));
    return g;
  });
  return { groupOf, sets };
}

/** Sorts a list of positions that is nearly sorted already, and drops repeats. */
export function sortUnique(list: number[]): void {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1] < list[i];
  if (sorted) return;
  list.sort((a, b) => a - b);
  let w = 1;
  for (let i = 1; i < list.length; i++) if (list[i] !== list[w - 1]) list[w++] = list[i];
  list.length = w;
}

const NONE: readonly number[] = [];

/** One segment's candidate starts. */
export class AnchorScan {
  constructor(
    private readonly groupOf: Int32Array,
    private readonly starts: (number[] | undefined)[],
  ) {}

  /** The positions where a match of `slot` may start, or undefined when the slot must scan the whole text. */
  at(slot: number): readonly number[] | undefined {
    const group = this.groupOf[slot];
    return group < 0 ? undefined : (this.starts[group] ?? NONE);
  }
}
