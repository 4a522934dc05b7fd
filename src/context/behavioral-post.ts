import type { Cue } from '../model/post.js';
import type { Segment } from '../model/types.js';
import { lazyRegex } from '../text/lazy-regex.js';

/**
 * A counselling, recovery or treatment organisation's post. There, everyday
 * words are care: "the Thursday men's group has been a good fit for you" is
 * group therapy, "congratulations to J.T. and Marisa on their one-year
 * milestones" is sobriety. Elsewhere the same words are a book club and a
 * fundraising total, so they count only where the post says whose it is.
 */
const BEHAVIORAL_MARKER = lazyRegex(() => /(?<![\p{L}])(?:counseling|counselling|recovery (?:center|centre|community|house|services|program|programs)|treatment (?:center|centre|program)|behavioral health|behavioural health|mental health (?:center|centre|clinic|services|agency)|addiction|substance use|sober living|detox|intensive outpatient|iop|salud mental|consejería)(?![\p{L}])/iu);

/** Care in such a post: a therapy group by its members or day, a recovery milestone, sessions, a clean date. */
const BEHAVIORAL_CARE = lazyRegex(() => /(?<![\p{L}])(?:(?:men['’]s|women['’]s|teen|teens['’]|young adults['’]?|evening|morning|weekly|(?:mon|tues|wednes|thurs|fri|satur|sun)day|family|parents['’]|alumni|grief|dbt|process|skills)\s+group|(?:one|two|three|five|ten|\d{1,2})[- ](?:day|week|month|year)\s+milestones?|recovery milestones?|clean date|(?:at|to|in|after|before)\s+group(?=\s+(?:on\s+)?(?:tonight|today|tomorrow|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\s*[.!?]|\s*$)|(?:(?:her|his|their|your)\s+)(?:sessions|group|milestones?)|grupo\s+de\s+(?:duelo|apoyo|hombres|mujeres))(?![\p{L}])/iu);

/** Whether some segment says the post is a counselling, recovery or treatment organisation's. */
export function saysBehavioral(segments: readonly Segment[]): boolean {
  return segments.some((seg) => BEHAVIORAL_MARKER().test(seg.text));
}

/** A word that may be such care, asked of a whole segment before its sentences (most hold none). */
export const mayBeBehavioralCare = (text: string): boolean => BEHAVIORAL_CARE().test(text);

/** The first such care in a sentence. */
export function behavioralCare(text: string): Cue | undefined {
  const m = BEHAVIORAL_CARE().exec(text);
  return m ? { word: m[0], start: m.index } : undefined;
}
