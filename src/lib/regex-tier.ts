import { setFlagsFromString } from 'node:v8';

/**
 * How the CLI has V8 compile its regexes. A one-file run runs most of its
 * few thousand regexes only a handful of times, so it is their compiling,
 * not their running, that costs (a large pattern under `iu` takes 5-10 ms).
 *
 * - V8 runs a regex's first run in its bytecode interpreter and compiles it
 *   to machine code at the second (`--regexp-tier-up-ticks` is 1): two
 *   compiles, the second about as dear as the first (describe.ts
 *   NOT_ONES_CARE: 10 ms, then 9 ms). After 100 runs instead, a small run
 *   compiles most regexes once. A subject of 1,000 characters or more still
 *   gets machine code at once.
 * - The bytecode's peephole pass costs about a third of a bytecode compile
 *   (combo.ts 'public role': 18 -> 11 ms without it), and bytecode now only
 *   serves a regex's first 100 runs. Machine code is compiled as before:
 *   `--no-regexp-optimization` would cut compiles further but made a
 *   1,000-post run half as slow again.
 *
 * One-file run, CPU: about 30 ms less for each flag. The output cannot
 * change: these flags choose how a regex runs, not what it matches.
 */
export const REGEX_FLAGS = ['--regexp-tier-up-ticks=100', '--no-regexp-peephole-optimization'];

/**
 * Sets REGEX_FLAGS for the whole process. Only the CLI's loader calls it
 * (scripts/bundle.js): the library leaves its host's V8 flags alone. The
 * code cache is not affected: V8 reads its flags' hash once, at start.
 * Node 20's V8 knows both; V8 prints an error (and goes on) for a flag it
 * does not know.
 */
export function compileRegexesOnce(flags: readonly string[] = REGEX_FLAGS): void {
  for (const flag of flags) setFlagsFromString(flag);
}
