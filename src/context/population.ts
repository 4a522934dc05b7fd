import type { Sentence } from './post.js';

/**
 * "1,200 patients", "all patients", "thousands of patients": people counted,
 * not one person. Such a cue makes a statistic or an offer ("Last month, our
 * ER saw 1,200 patients"), so the sentence is read without it; anything else
 * in it (a condition with "she", a name) still counts.
 */
const COUNTED = /(?:(?<![\p{L}])(?:\d[\d,.]*|all|many|most|more|some|few|several|hundreds of|thousands of|millions of|every|any|other|new|more than \d[\d,.]*)\s+(?:\p{L}+\s+)?)$/iu;
const PLURAL = /^(?:patients|pts)$/i;

export function withoutCountedPatients(s: Sentence): Sentence {
  const cue = s.patient;
  if (!cue || !PLURAL.test(cue.word)) return s;
  return COUNTED.test(s.text.slice(Math.max(0, cue.start - 40), cue.start)) ? { ...s, patient: undefined } : s;
}
