import { AnchorSearch } from '../../text/anchor-search.js';
import { type BoundedRegex, boundedRegex, nextMatch } from '../../text/leading-boundary.js';
import { patternLiterals } from '../pattern-literals.js';

/**
 * Whether any of `patterns` matches a text: what a union of them
 * (leading-boundary.ts unionSource) answers, asked pattern by pattern. A
 * pattern none of whose anchors, or none of whose required literals, occurs
 * in the text cannot match there, so it is neither run nor, in a short run,
 * compiled. Matched as combo.ts matches its details: native, `giu`. The union of a combo detail ("public role": eleven patterns
 * with `\p{L}` classes under `iu`) took 10-30 ms of a one-file start to
 * compile, for a sentence that holds none of them.
 */
export function anyMatch(patterns: readonly string[]): (text: string) => boolean {
  let search: AnchorSearch | undefined;
  const regexes: (BoundedRegex | undefined)[] = [];
  const n = patterns.length;
  return (text) => {
    // Slots 0..n-1: each pattern's anchors; n..2n-1: its required literals (as rule-anchors.ts lays them out).
    search ??= new AnchorSearch([...patterns.map((p) => patternLiterals('anchors', p, 'native')), ...patterns.map((p) => patternLiterals('required', p, 'native'))]);
    const scan = search.scan(text);
    for (let i = 0; i < n; i++) {
      if (scan.at(i)?.length === 0 || scan.at(n + i)?.length === 0) continue;
      const b = (regexes[i] ??= boundedRegex(patterns[i], 'giu'));
      b.re.lastIndex = 0;
      const found = nextMatch(b, text) !== null;
      b.re.lastIndex = 0;
      if (found) return true;
    }
    return false;
  };
}
