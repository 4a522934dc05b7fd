import { builtinData } from '../lexicons/builtin-data.js';
import { patternAnchors, patternRequired, type RegexEngine } from '../text/regex.js';
import { everyRequiredSet } from '../text/required-literals.js';

/**
 * A pack pattern's anchors (text/anchors.ts) or required literals
 * (text/required-literals.ts): a built-in pattern's are read from the
 * prebuilt file (working them out for every built-in pattern takes over
 * 100 ms), any other's are worked out. Pattern rules' patterns and combo
 * rules' details are in the file (packs/compiled.ts); a detail's required
 * literals are every set it needs, not only the rarest (any-match.ts).
 */
export type LiteralsSection = 'anchors' | 'required';

const WORK = { anchors: patternAnchors, required: patternRequired };

/** `section`'s literals of `pattern` as `engine` reads it; undefined: none (scanned whole, or no required literal). */
export function patternLiterals(section: LiteralsSection, pattern: string, engine: RegexEngine): string[] | undefined {
  const prebuilt = engine === 'native' ? builtinData()?.[section] : undefined;
  return prebuilt && Object.hasOwn(prebuilt, pattern) ? (prebuilt[pattern] ?? undefined) : WORK[section](pattern, engine);
}

/** Every required set of a combo detail's pattern (matched in Unicode mode, `giu`): prebuilt for a built-in one, else worked out. */
export function detailRequiredSets(pattern: string): string[][] | undefined {
  const prebuilt = builtinData()?.detailRequired;
  return prebuilt && Object.hasOwn(prebuilt, pattern) ? (prebuilt[pattern] ?? undefined) : everyRequiredSet(pattern, true);
}
