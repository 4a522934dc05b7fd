import { anchorGroups, AnchorScan, sortUnique, wildcards } from './anchor-index.js';
import { foldCode } from './anchors.js';

/**
 * The answer of AnchorIndex.scan without its automaton: each position of the
 * folded text is looked up, for every anchor length, in a map of the
 * anchors. Slower per character, but there is nothing to build, so a run's
 * first small texts (a pre-commit hook's one file) try only the patterns
 * whose anchors occur, and V8 never compiles the others' regexes.
 */
export class AnchorSearch {
  private readonly groupOf: Int32Array;
  /** Folded anchor (its literal, without leading wildcards) -> the groups that hold it, and how far before it each starts. */
  private readonly groupsOf = new Map<string, { group: number; lead: number }[]>();
  /** The anchor lengths that occur, shortest first. */
  private readonly lengths: number[];

  constructor(slots: readonly (readonly string[] | undefined)[]) {
    const { groupOf, sets } = anchorGroups(slots);
    this.groupOf = groupOf;
    const lengths = new Set<number>();
    sets.forEach((anchors, group) => {
      for (const anchor of anchors) {
        const lead = wildcards(anchor);
        const literal = anchor.slice(lead);
        const groups = this.groupsOf.get(literal);
        if (!groups) this.groupsOf.set(literal, [{ group, lead }]);
        else if (!groups.some((g) => g.group === group && g.lead === lead)) groups.push({ group, lead });
        lengths.add(literal.length);
      }
    });
    this.lengths = [...lengths].sort((a, b) => a - b);
  }

  scan(text: string): AnchorScan {
    const folded = foldText(text);
    const starts: (number[] | undefined)[] = [];
    for (let i = 0; i < folded.length; i++) {
      for (const n of this.lengths) {
        if (i + n > folded.length) break;
        const groups = this.groupsOf.get(folded.slice(i, i + n));
        if (!groups) continue;
        for (const { group, lead } of groups) {
          if (i < lead) continue;
          const list = (starts[group] ??= []);
          const n = list.length; // not list[-1] on an empty list: a property lookup (anchor-index.ts)
          if (n === 0 || list[n - 1] !== i - lead) list.push(i - lead);
        }
      }
    }
    // Positions come in increasing order, each once, unless a wildcard anchor put one out of it.
    for (const list of starts) if (list && list.length > 1) sortUnique(list);
    return new AnchorScan(this.groupOf, starts);
  }
}

/** The text folded as anchors are (anchors.ts foldCode): one code unit for each. */
function foldText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
