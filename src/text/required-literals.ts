import { covering, frequency, literalStarts, parsePattern } from './anchors.js';

/**
 * Literals a pattern cannot match without: short folded strings (as
 * anchors.ts writes them) of which every match holds one, somewhere. Its
 * anchors say where a match may start; these say whether a segment can
 * hold a match at all. "\b(?:on|to|from)\s+\d{1,2}\s?(?:North|South|East|West)\b"
 * starts at every "on " and "to ", but needs "nort", "sout", "east" or
 * "west"; a school's name needs "elem", "midd", "high"... after a run of
 * capitalised words, where it has no anchor at all. The literals go into
 * the anchor index as slots of their own (rule-anchors.ts), so the one pass
 * over a segment also says that a pattern need not be tried there.
 *
 * Read from the pattern's one top-level sequence: each element that every
 * match passes through, with what follows it, starts with one of its
 * literal starts (anchors.ts). The rarest such set is kept, when it is rare
 * enough to be missing from most segments.
 */

/**
 * The most occurrences per character of prose a set may have: above it,
 * most segments hold one anyway, and the slot only costs the scan its
 * outputs (the facility words, "heal", "card", "clin"..., were in 83% of the
 * bench corpus's paragraphs).
 */
const MAX_RATE = 0.0006;
/** How much rarer than a pattern's anchors the literals must be to pay for their slot. */
const RARER = 8;

/** anchors.ts frequency, but a digit after a digit is as likely as not: numbers come in runs ("0000" was in 61% of the paragraphs). */
const rateOf = (literals: readonly string[]) => literals.reduce((sum, a) => sum + frequency(a) * 15 ** (a.match(/(?<=0)0/g)?.length ?? 0), 0);

/**
 * The required literals of `source`, or undefined when none are rare enough
 * (or the pattern has top-level alternatives): rarer than MAX_RATE, and
 * than its `anchors` (when it has any) by a factor of RARER.
 */
export function requiredLiterals(source: string, unicode: boolean, anchors?: readonly string[]): string[] | undefined {
  const pattern = parsePattern(source, unicode);
  if (!pattern || pattern.alternatives.length !== 1) return undefined;
  const elements = pattern.alternatives[0].elements;
  let best: string[] | undefined;
  let bestRate = anchors ? Math.min(MAX_RATE, rateOf(anchors) / RARER) : MAX_RATE;
  for (let j = 0; j < elements.length; j++) {
    const starts = literalStarts(elements.slice(j));
    if (!starts.length || starts.includes('')) continue;
    const literals = covering(starts);
    const rate = rateOf(literals);
    if (rate < bestRate) [best, bestRate] = [literals, rate];
  }
  return best;
}

/**
 * Every set of literals a match of `source` holds one of, one set per
 * element of its one top-level sequence (requiredLiterals keeps only the
 * rarest, and only when rare enough): a text that lacks one of the sets holds
 * no match. Undefined when the pattern has top-level alternatives or no such
 * element.
 */
export function everyRequiredSet(source: string, unicode: boolean): string[][] | undefined {
  const pattern = parsePattern(source, unicode);
  if (!pattern || pattern.alternatives.length !== 1) return undefined;
  const elements = pattern.alternatives[0].elements;
  const sets = new Map<string, string[]>();
  for (let j = 0; j < elements.length; j++) {
    const starts = literalStarts(elements.slice(j));
    if (!starts.length || starts.includes('')) continue;
    const literals = covering(starts);
    sets.set(literals.join('\u0000'), literals);
  }
  return sets.size ? [...sets.values()] : undefined;
}
