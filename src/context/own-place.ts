import { PLURAL } from './generic-patients.js';
import { aboutPatient } from './post.js';
import type { Cue, Sentence } from '../model/post.js';

/** "from Houston", "34, of Riverside", "lives in Dallas": where a person lives, not the organisation's site. */
const RESIDENCE = /(?:^|[^\p{L}])(?:from|of|lives in|living in|live in|lived in|resident of|native of|moved to|grew up in)\s+$/iu;

/** Whether the place at `start` is introduced as someone's home rather than a site. */
export function residence(text: string, start: number): boolean {
  return RESIDENCE.test(text.slice(Math.max(0, start - 20), start));
}

/** Care-site nouns: as a sentence's only health word they name the site, not anyone's care. */
const SITE = /^(?:clinics?|hospitals?|hospices?|offices?|cent(?:er|re)s?|practice|pharmacy|campus|facility|branch|urgent care|er|ed)$/i;

/**
 * The evidence that a sentence naming the organisation's own site ("our
 * Chicago clinic") is about one particular patient cared for there: a
 * patient cue about one person ("our patient", "was seen at", or "patients"
 * with a patient's name in the sentence), or a condition or
 * treatment with a person ("a 58-year-old with asthma"). Safe Harbor counts
 * the city of that patient's care as PHI; an announcement ("our Chicago
 * clinic opens Monday") or a statistic names no one.
 */
export function particularPatient(s: Sentence, namedPerson: boolean): Cue | undefined {
  // An event or campaign at the site ("everyone who came to our Austin clinic open house") names no patient.
  if (s.org && !namedPerson) return undefined;
  // "Patients" are people in general unless a patient is named ("patients like John D."): a "who was" may be staff's.
  if (s.patient) return namedPerson || !PLURAL.test(s.patient.word) ? s.patient : undefined;
  // The site's own noun is no evidence of care ("he runs the sports-injury clinic").
  const cue = aboutPatient(s);
  return cue && !SITE.test(cue.word) ? cue : undefined;
}
