import { lazyRegex } from '../text/lazy-regex.js';

/**
 * Patient cues that are there but mean no patient: someone checking others
 * in, a symptom called "discharge", a word in quotes, a part played in a drill,
 * a capitalised patient word naming an event. describe.ts asks these of every
 * patient cue it finds.
 */

/** "our annual Resident Art Show", "Patient Experience Week": a capitalised patient word naming an event, a body or a service. */
const NAMED_THING_AFTER = lazyRegex(() => /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Show|Fair|Council|Day|Week|Month|Portal|Experience|Appreciation|Awards?|Choir|Club|Committee|Garden|Gala|Picnic|Parade|Advocates?|Handbook|Lounge|Library|Newsletter|Rights|Safety|Satisfaction|Survey|Relations|Navigators?|Education|Engagement|Olympics|Games|Market|Exhibit|Exhibition)(?![\p{L}])/u);

/** "who played a patient with a (pretend) broken leg": a part acted in a drill or a video. */
const PLAYED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:played|plays|playing|portrayed|portrays|portraying|acted as|acting as)\s+(?:(?:a|an|the|our)\s+)?(?:[\p{L}-]+\s+)?$/iu);

/** '60 volunteer "patients" from the drama club', "Mass Casualty Drill: 60 'Patients'": a word in quotes, not meant as said. */
function scareQuoted(m: RegExpExecArray): boolean {
  const input = m.input ?? '';
  const end = m.index + m[0].length;
  return /["“'‘]/.test(input[m.index - 1] ?? '') && /^[,.]?["”'’]/.test(input.slice(end, end + 2));
}

/** "Watch for swelling, discharge, or licking", "discharge from the incision": a symptom, not leaving the hospital. */
const SYMPTOM_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:swelling|redness|pain|bleeding|fever|drainage|pus|odou?r|itching|oozing|crusting|warmth|any)\s*,?\s+(?:or\s+|and\s+)?$/iu);
const FROM_A_WOUND = lazyRegex(() => /^\s+(?:from|at|around)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:incision|wound|site|eyes?|ears?|nose|stitches|sutures)(?![\p{L}])/iu);
function dischargeAsSymptom(m: RegExpExecArray): boolean {
  if (!/^discharge$/i.test(m[0])) return false;
  const input = m.input ?? '';
  const end = m.index + m[0].length;
  return SYMPTOM_BEFORE().test(input.slice(Math.max(0, m.index - 24), m.index)) || FROM_A_WOUND().test(input.slice(end, end + 30));
}

/** "a nursing student who checked in donors both days": someone checking others in, at work, not a patient checked in. */
const CHECKED_IN_WHOM = lazyRegex(() => /^\s+(?:(?:\d[\d,]*|all|every|each|the|our|new|first-time|incoming)\s+)*(?:donors?|guests?|visitors?|patients?|families|runners?|walkers|participants?|people|attendees|volunteers?|kids|students|members|folks|everyone)(?![\p{L}])/iu);
function checksInOthers(m: RegExpExecArray): boolean {
  if (!/^checked in$/i.test(m[0])) return false;
  const end = m.index + m[0].length;
  return CHECKED_IN_WHOM().test((m.input ?? '').slice(end, end + 40));
}

/** Whether the patient cue `m` (matched in its whole text) means no patient. */
export function notMeantAsPatient(m: RegExpExecArray): boolean {
  const input = m.input ?? '';
  const end = m.index + m[0].length;
  return (
    checksInOthers(m) ||
    dischargeAsSymptom(m) ||
    scareQuoted(m) ||
    (/^\p{Lu}/u.test(m[0]) && NAMED_THING_AFTER().test(input.slice(end, end + 40))) ||
    PLAYED_BEFORE().test(input.slice(Math.max(0, m.index - 30), m.index))
  );
}
