import { builtinData } from '../lexicons/builtin-data.js';
import { patternAnchors, patternRequired, type RegexEngine } from '../text/regex.js';

/**
 * A pack pattern's anchors (text/anchors.ts) or required literals
 * (text/required-literals.ts): a built-in pattern's are read from the
 * prebuilt file (working them out for every built-in pattern takes over
 * 100 ms), any other's are worked out. Pattern rules' patterns and combo
 * rules' details are in the file (packs/compiled.ts).
 */
export type LiteralsSection = 'anchors' | 'required';

const WORK = { anchors: patternAnchors, required: patternRequired };

/** `section`'s literals of `pattern` as `engine` reads it; undefined: none (scanned whole, or no required literal). */
export function patternLiterals(section: LiteralsSection, pattern: string, engine: RegexEngine): string[] | undefined {
  const prebuilt = engine === 'native' ? builtinData()?.[section] : undefined;
  return prebuilt && Object.hasOwn(prebuilt, pattern) ? (prebuilt[pattern] ?? undefined) : WORK[section](pattern, engine);
}
