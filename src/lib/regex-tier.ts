import { setFlagsFromString } from 'node:v8';

/**
 * How many runs a regex gets in V8's bytecode interpreter before V8 compiles
 * it to machine code. V8's default is 1: a regex is compiled twice, at its
 * first run and at its second, and a large one under `iu` costs about as
 * much the second time (describe.ts NOT_ONES_CARE: 10 ms, then 9 ms). A
 * one-file run runs most of its few thousand regexes only a handful of
 * times, so the second compile is pure cost there (about 30 ms of CPU); on
 * a 1,000-post run the CLI took the same time with 30, 100 or 1,000. A
 * subject of 1,000 characters or more still gets machine code at once.
 */
export const REGEX_TIER_UP_RUNS = 100;

/**
 * Sets the tier-up count for the whole process. Only the CLI's loader calls
 * it (scripts/bundle.js): the library leaves its host's V8 flags alone. The
 * code cache is not affected: V8 reads its flags' hash once, at start.
 */
export function tierUpRegexesLater(runs = REGEX_TIER_UP_RUNS): void {
  setFlagsFromString(`--regexp-tier-up-ticks=${runs}`);
}
