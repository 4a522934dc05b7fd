import { AnchorSearch } from '../../text/anchor-search.js';
import { type BoundedRegex, boundedRegex, nextMatch } from '../../text/leading-boundary.js';
import { detailRequiredSets, patternLiterals } from '../pattern-literals.js';

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
 * sentence that holds none of them.
 */
export function anyMatch(patterns: readonly string[]): (text: string) => boolean {
  let gate: { search: AnchorSearch; required: number[][] } | undefined;
  const regexes: (BoundedRegex | undefined)[] = [];
  return (text) => {
    gate ??= gateOf(patterns);
    const scan = gate.search.scan(text);
    for (let i = 0; i < patterns.length; i++) {
      if (scan.at(i)?.length === 0 || gate.required[i].some((slot) => scan.at(slot)?.length === 0)) continue;
      const b = (regexes[i] ??= boundedRegex(patterns[i], 'giu'));
      b.re.lastIndex = 0;
      const found = nextMatch(b, text) !== null;
      b.re.lastIndex = 0;
      if (found) return true;
    }
    return false;
  };
}

/** One search for every pattern's anchors (slots 0..n-1) and then each of its required sets, and the slots of those sets per pattern. */
function gateOf(patterns: readonly string[]): { search: AnchorSearch; required: number[][] } {
  const slots: (string[] | undefined)[] = patterns.map((p) => patternLiterals('anchors', p, 'native'));
  const required = patterns.map((p) => (detailRequiredSets(p) ?? []).map((set) => slots.push(set) - 1));
  return { search: new AnchorSearch(slots), required };
}
