import { isDrugName } from '../lexicons/drug-names.js';
import type { Cue } from '../model/post.js';
import { lazyRegex } from '../text/lazy-regex.js';

/**
 * Drug names as a health cue. Many brand names are everyday words, so a
 * drug counts only where the sentence says someone takes it: "taking
 * metformin", "prescribed Eliquis", "on the new latanoprost", "your Eliquis refill", "20 mg of
 * prednisone", "insulin 10 units".
 */
// Openings are lookbehinds, not \b: under the `iu` flags V8 runs a leading \b about 30x slower. For
// DOSED this also reads accented words right: a name starts after anything but a letter or digit.
const TAKING = lazyRegex(() => /(?<!\w)(?:taking|takes|took|take|on|prescribed|started|starting|stop|stopped|switch to|switched to|your|his|her|their|refill of|leftover|dose of|doses of|mg of|injections? of|course of|infusions? of)\s+(?:(?:the|your|his|her|their)\s+)?(?:(?:new|current|usual|same|daily|generic)\s+)?([\p{L}][\p{L}-]{3,})/giu);
const DOSED = lazyRegex(() => /(?<![\p{L}\p{N}])([\p{L}][\p{L}-]{3,})\s+\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units?|iu)\b/giu);
/** "the 75 mcg levothyroxine", "20 mg of prednisone" is TAKING's "mg of": the dose before the name. */
const DOSE_FIRST = lazyRegex(() => /(?<![\p{L}\p{N}])\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units?|iu)\s+([\p{L}][\p{L}-]{3,})/giu);
/** "the new sertraline dose", "her Eliquis refill", "a prednisone taper", "latanoprost drops": a drug named as someone's supply. */
const DRUG_NOUN = lazyRegex(() => /(?<![\p{L}\p{N}])([\p{L}][\p{L}-]{3,})\s+(?:dose|doses|refill|refills|prescription|script|taper|injection|injections|pill|pills|tablets?|drops|cream|patch|inhaler)(?![\p{L}])/giu);
/** The tail every DOSED match has, with the same flags: a digit scan rules out most texts at a tenth of DOSED's cost. */
const DOSE_UNIT = /\d\s*(?:mg|mcg|ml|units?|iu)\b/iu;

/** A match names a drug when its captured word is in the drug list. */
function drugIn(m: RegExpExecArray): Cue | undefined {
  return isDrugName(m[1]) ? { word: m[1], start: m.index + m[0].indexOf(m[1]) } : undefined;
}

/**
 * The two drug phrasings, in order of preference, each with its check on the
 * captured word and, where one exists, a cheap test that any match needs
 * (the regexes are made on first use).
 */
export const DRUG_MATCHERS: readonly { re: RegExp; accept: (m: RegExpExecArray) => Cue | undefined; needs?: RegExp }[] = [
  { get re() { return TAKING(); }, accept: drugIn },
  { get re() { return DOSED(); }, accept: drugIn, needs: DOSE_UNIT },
  { get re() { return DOSE_FIRST(); }, accept: drugIn, needs: DOSE_UNIT },
  { get re() { return DRUG_NOUN(); }, accept: drugIn, needs: /dose|refill|prescription|script|taper|injection|pill|tablet|drops|cream|patch|inhaler/i },
];
