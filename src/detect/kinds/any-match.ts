import { AnchorSearch } from '../../text/anchor-search.js';
import { type BoundedRegex, boundedRegex, nextMatch } from '../../text/leading-boundary.js';
import { detailRequiredSets, patternLiterals } from '../pattern-literals.js';
import { rarestGates } from '../../text/literal-gates.js';

/**
 * Whether any of `patterns` matches a text: what a union of them
 * (leading-boundary.ts unionSource) answers, asked pattern by pattern. A
 * pattern none of whose anchors occurs in the text, or that lacks every
 * literal of one of its required sets (text/required-literals.ts
 * everyRequiredSet: "the senator's son" needs "the ", a title, "'s " and a
 * relative), cannot match there, so it is neither run nor, in a short run,
 * compiled. Matched as combo.ts matches its details: native, `giu`. The
 * union of a combo detail ("public role": eleven patterns with `\p{L}`
 * classes under `iu`) took 10-30 ms of a one-file start to compile, for a
 * sentence that holds none of them. After the first 32 KB asked about,
 * the same literal sets rule patterns out as native regexes
 * (text/literal-gates.ts): the search looks up every position in JS (10%
 * of a warm run), and the union, which once answered instead, tries every
 * pattern at every position (2% of a warm run for "public role", about
 * three times the gated patterns' time on the bench and draft sentences).
 */
export function anyMatch(patterns: readonly string[]): (text: string) => boolean {
  let gate: { search: AnchorSearch; required: number[][] } | undefined;
  let native: RegExp[][] | undefined;
  const regexes: (BoundedRegex | undefined)[] = [];
  let asked = 0;
  return (text) => {
    if ((asked += text.length) > WARM_UP) {
      native ??= nativeGates(patterns);
      for (let i = 0; i < patterns.length; i++) {
        if (native[i].every((g) => g.test(text)) && matches((regexes[i] ??= boundedRegex(patterns[i], 'giu')), text)) return true;
      }
      return false;
    }
    gate ??= gateOf(patterns);
    const scan = gate.search.scan(text);
    for (let i = 0; i < patterns.length; i++) {
      if (scan.at(i)?.length === 0 || gate.required[i].some((slot) => scan.at(slot)?.length === 0)) continue;
      if (matches((regexes[i] ??= boundedRegex(patterns[i], 'giu')), text)) return true;
    }
    return false;
  };
}

/** Characters asked about through the search before the native gates take over (as rule-anchors.ts builds its automaton after 32 KB). */
const WARM_UP = 32 * 1024;

/** Whether `b` matches anywhere in `text`, its lastIndex left at 0. */
function matches(b: BoundedRegex, text: string): boolean {
  b.re.lastIndex = 0;
  const found = nextMatch(b, text) !== null;
  b.re.lastIndex = 0;
  return found;
}

/** Each pattern's rarest literal sets (its anchors, its required sets) as native regexes, shared across the patterns. */
function nativeGates(patterns: readonly string[]): RegExp[][] {
  const shared = new Map<string, RegExp>();
  return patterns.map((p) => rarestGates([patternLiterals('anchors', p, 'native'), ...(detailRequiredSets(p) ?? [])], 3, shared));
}

/** One search for every pattern's anchors (slots 0..n-1) and then each of its required sets, and the slots of those sets per pattern. */
function gateOf(patterns: readonly string[]): { search: AnchorSearch; required: number[][] } {
  const slots: (string[] | undefined)[] = patterns.map((p) => patternLiterals('anchors', p, 'native'));
  const required = patterns.map((p) => (detailRequiredSets(p) ?? []).map((set) => slots.push(set) - 1));
  return { search: new AnchorSearch(slots), required };
}
