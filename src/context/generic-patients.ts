import type { Cue, Sentence } from '../model/post.js';
import { cueLists } from '../lexicons/cue-lists.js';
import { lazyRegex } from '../text/lazy-regex.js';
import { firstNameSex, placePopulation } from '../lexicons/stats.js';
import { namesNoPatient } from './describe.js';

/**
 * "1,200 patients", "all patients", "our dialysis patients": people counted or in general,
 * not one person. Such a cue makes a statistic or an offer ("Last month, our
 * ER saw 1,200 patients").
 */
const COUNTED = lazyRegex(() => /(?:(?<![\p{L}])(?:\d[\d,.]*|all|many|most|more|some|few|several|hundreds of|thousands of|millions of|every|any|other|new|our|your|more than \d[\d,.]*)\s+(?:\p{L}+\s+)?)$/iu);
/** "the patients in room 4", "two patients, Anna and Tom": plural patients that are particular people. */
const SPECIFIC = lazyRegex(() => /(?:^|[^\p{L}])(?:the|these|those|both|two|three|four|five|six)\s+(?:\p{L}+\s+)?$/iu);
/** "one of our favorite hospice patients": one particular patient (not "every one of our patients"). */
const ONE_OF = lazyRegex(() => /(?<![\p{L}])(?<!(?:every|each|any|no)\s+)one\s+of\s+(?:our|the|my|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}$/iu);
/** "with one of our favorite hospice patients": one patient picked out of many, a particular person. */
export const oneOfThem = (text: string, cue: Cue): boolean => ONE_OF().test(text.slice(Math.max(0, cue.start - 50), cue.start));
/** "patients like Jane Doe", "pts, esp. those like Mr. D.": the patients include someone named. */
const LIKE_AFTER = /^\s*,?\s*(?:(?:esp\.?|especially)\s+)?(?:those\s+)?(?:like|such as|similar to|including)\s/iu;
/** "patients" or "pts": a cue that may count people rather than name one. */
export const PLURAL = /^(?:patients|patients'|patients’|pts)$/i;
/** "our Patient Experience team", "the patient portal": a department or service named after patients. */
const SERVICE = lazyRegex(() => /^[\s-]+(?:experience|relations|support|portal|service cent(?:er|re)s?|advocates?|advocacy|services|safety|privacy|care|financial services|access|navigators?|navigation|satisfaction|education|family advisory|and family|&\s*family|schedulers?|coordinators?|liaisons?|representatives?|registration|information|stories|consults?|appointments?|visits?|forms?|line)(?![\p{L}])/iu);

/** "2 visitors per patient", "dos por paciente": a rate, no one in particular. */
const PER_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:per|por|cada|each)\s+$/iu);
/** "el portal del paciente", "los derechos de los pacientes": a service named after patients, in Spanish word order. */
const SERVICE_BEFORE_ES = lazyRegex(() => /(?<![\p{L}])(?:portal|derechos|seguridad|experiencia|servicios?|atención|educación|registro|línea|formularios?|encuesta|satisfacción|privacidad)\s+(?:al|del|de\s+(?:los|las|la|el)|de|para(?:\s+(?:el|los))?)\s+$/iu);
const PACIENTE = /^pacientes?$/i;
const STAFF_HONOUR_AFTER = lazyRegex(() => /^\s+(?:spotlight|appreciation|recognition|awards?|of the (?:month|year|week|quarter))(?![\p{L}])/iu);

/** "nurse resident", "PGY-2 residents", "new grad residents": clinicians in a residency. */
const TRAINEE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:nurse|nursing|rn|new[- ]grad(?:uate)?|medical|surgical|surgery|pharmacy|dental|family medicine|internal medicine|pediatric|pgy-?\d|first-year|second-year|third-year|chief)\s+$/iu);
/** "our resident splinting wizard": the house expert at something, no one in residence. */
const RESIDENT_EXPERT = lazyRegex(() => /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:expert|wizard|guru|pro|genius|artist|comedian|dj|chef|baker|photographer|storyteller|historian|poet|musician|techie|nerd|cheerleader|ninja|whisperer|queen|king)(?![\p{L}])/u);

/**
 * "Resident flu & COVID vaccine clinic", "the client holiday party": patients as the
 * audience of an event or service. The words between are lower case or acronyms, not a name.
 */
const FOR_WHOM = /^(?:patients?|residents?|clients?|members?)$/i;
const RESIDENT_THINGS_AFTER = lazyRegex(() => /^\s+(?:concerns|rights|safety|satisfaction|experience|privacy|advocates?|advocacy|education|engagement|feedback|portal|records|belongings)(?![\p{L}])/u);
/** Events and bodies for patients, in lower case or as a name's capital ("the resident council", "Resident Council meeting"). */
const EVENTS = ['clinics?', 'councils?', 'party', 'parties', 'events?', 'meetings?', 'handbook', 'newsletters?', 'portal', 'programs?', 'surveys?', 'outings?', 'trips?', 'choir', 'orientation', 'forum', 'open house', 'appreciation', 'celebration', 'picnic', 'luncheon'];
const EVENT_AFTER = lazyRegex(() => new RegExp(`^\\s+(?!(?:in|on|at|of|from|with)\\s)(?:(?:\\p{Ll}[\\p{L}-]*|[\\p{Lu}\\d-]{2,}|&)\\s+){0,4}(?:${EVENTS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})(?![\\p{L}])`, 'u'));

/** A room of a unit: "(in our ICU) family lounge", "(in our NICU) waiting room". */
const UNIT_ROOM_AFTER = lazyRegex(() => /^\s+(?:family\s+|parents['’]?\s+)?(?:lounge|waiting room|waiting area|lobby|break room|conference room|chapel|kitchen|garden|playroom)(?![\p{L}])/iu);

/** "graduated from pharmacy school": an education, not a NICU or rehab graduation. */
const SCHOOL_AFTER = lazyRegex(() => /^\s+(?:[\p{L}&'’-]+\s+){0,4}?(?:school|high|college|university|academy|residency|fellowship|institute|seminary)(?![\p{L}])/iu);
/** "two cases of", "both people are recovering", "3 of them were hospitalized": people counted. */
const COUNTED_BEFORE = lazyRegex(() => /(?<![\p{L}\d])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|both|several|dozens of|all)\s+(?:(?:new|more|confirmed|probable|reported|of\s+them|people|patients|cases|residents|kids|children|families|visitors|students|adults|seniors|babies|moms|members|veterans|runners|neighbors|neighbours)\s+){0,2}(?:(?:are|were|have been|had been)\s+)?$/iu);

/** "The health department has confirmed a case of measles": a public-health report, not one person's story. */
const REPORTED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:confirmed|reported|investigating|identified|announced|notified of)\s+(?:a|an|one|another|the first|a new|a second|a third)\s+$/iu);

/** Capitalised words that make a name of a program, event or job around a cue ("Family Recovery Circle", "Recovery Month"). */
const PROGRAM_WORDS = new Set(['month', 'week', 'day', 'circle', 'specialist', 'specialists', 'coach', 'coaches', 'program', 'programs',
  'group', 'groups', 'awareness', 'walk', 'run', 'center', 'centre', 'services', 'team', 'ministry', 'network', 'alliance', 'house',
  'village', 'café', 'cafe', 'club', 'corps', 'project', 'fund', 'foundation', 'coalition', 'summit', 'fair', 'family', 'peer', 'certified']);
/** Text ending where a sentence may start: nothing, or a stop, colon or line break. */
const SENTENCE_START = /(?:^|[.!?:\n])$/u;
function inProgramName(text: string, cue: Cue): boolean {
  if (!/^\p{Lu}/u.test(cue.word)) return false;
  // "Family of Those in Recovery": a title-case name, its words joined by "of", "in", "the".
  const titled = /(?:\S\s+)(\p{Lu}[\p{L}'’-]*)\s+(?:(?:of|in|for|and|the|&)\s+){1,2}$/u.exec(text.slice(Math.max(0, cue.start - 40), cue.start));
  if (titled) return true;
  const prevMatch = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, cue.start - 30), cue.start));
  const prev = prevMatch?.[1];
  // "SMART Recovery", "NA Recovery Circle": an acronym before the cue names a program.
  if (prev !== undefined && /^\p{Lu}{2,}$/u.test(prev)) return true;
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(cue.start + cue.word.length, cue.start + cue.word.length + 30))?.[1];
  // "Director of Remote Patient Monitoring": a capitalised word inside a run of them names a department or program.
  if (prevMatch && next !== undefined && !SENTENCE_START.test(text.slice(0, cue.start - prevMatch[0].length).trimEnd())) return true;
  // "the Patient Ambassadors who greeted families": a title-case name after "the" (not "the Patient Tom Becker").
  if (next !== undefined && !firstNameSex(next) && /(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, cue.start - 5), cue.start))) return true;
  return [prev, next].some((w) => w !== undefined && PROGRAM_WORDS.has(w.toLowerCase()));
}

/** The birthday cue ("bday" as captions write it), whose owner decides whether it is a patient's. */
export const BIRTHDAY = /^(?:birthday|bday|b-day)$/i;
/** "Happy 100th birthday to our hospital!", "our clinic's birthday": the organisation's anniversary. */
const ORG_BIRTHDAY_BEFORE = /(?:our|hospital['’]s|clinic['’]s|center['’]s)\s+(?:\S+\s+)?$/iu;
/** "first visit by their first birthday", "before your baby's first birthday": advice for any child. */
const ANY_CHILDS_BIRTHDAY_BEFORE = /(?<![\p{L}])(?:by|before|after|around|until)\s+(?:their|your|your\s+(?:baby|child|little one)['’]s|a\s+(?:baby|child)['’]s)\s+(?:first|1st|second|2nd)\s+$/iu;
/** "bakes the unit's birthday cakes", "birthday cards for every resident": birthdays in general. */
const BIRTHDAY_THINGS_AFTER = lazyRegex(() => /^\s+(?:cakes|cards|parties|club|bashes|celebrations|treats|lists|calendars?|songs?)(?![\p{L}])/iu);
const ORG_BIRTHDAY_AFTER = lazyRegex(() => /^\s+to\s+(?:our|the)\s+(?:hospital|clinic|center|centre|practice|pharmacy|office|building|campus)(?![\p{L}])/iu);

const ANYONES_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:(?:a|an|any|every|each|everyone['’]s|anyone['’]s)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s|every|each|any|everyone['’]s|anyone['’]s)\s+$/iu);
const WE_CARED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:kids|children|patients|people|babies|families|residents|members|neighbors|neighbours|moms|veterans|seniors|clients|animals|pets)\s+(?:(?:that|whom|who)\s+)?(?:we|we['’]ve|we\s+have|our\s+(?:[\p{L}-]+\s+)?(?:team|teams|staff|nurses|crews?|clinicians|doctors)(?:\s+(?:have|has))?)\s+$/iu);
/** "cared for 612 babies", "delivered 2,318": a care word followed by a count. */
const COUNT_AFTER = lazyRegex(() => /^\s+(?:(?:more than|over|nearly|about|almost|some|roughly|an average of|a total of|an estimated|a record)\s+)?(?:\d[\d,.]*|thousands of|hundreds of|dozens of|countless|many)\s+(?:[\p{L}-]+\s+){0,2}?(?:patients|people|babies|children|kids|families|residents|adults|members|moms|mothers|newborns|veterans|visits|clients|seniors|students|cases|calls|runs|participants|households|customers|workers|employees)(?![\p{L}])/iu);
/** "has cared for moms on our unit", "treats kids and teens": care given to people in general. */
const GROUP_AFTER = lazyRegex(() => /^\s+(?:(?:our|new|sick|tiny|young|older|local|many|other)\s+)?(?:patients|people|babies|children|kids|families|residents|adults|members|moms|mothers|newborns|veterans|clients|seniors|students|teens|women|men|athletes|runners|preemies)(?![\p{L}])/iu);
/** "caring for Cold Spring families": the people of a place. */
const PLACE_GROUP_AFTER = lazyRegex(() => /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:families|patients|residents|kids|children|people|neighbors|neighbours|seniors|veterans|moms|babies)(?![\p{L}])/u);
/** "4 residents and 2 staff members in one neighborhood have tested positive": people counted as the subject. */
// Three or more: "two residents, both in their 90s" still points at two people.
const COUNTED_SUBJECT = lazyRegex(() => /(?<![\p{L}\d])(?:[3-9]|\d{2,}|\d{1,3}(?:,\d{3})+|three|four|five|six|seven|eight|nine|ten|several|dozens of|many|most|too many|so many)\s+(?:[\p{L}-]+\s+)?(?:residents|patients|people|children|kids|students|staff members|employees|members|visitors|cases|adults|infants|babies|workers)(?![\p{L}])[^.!?;:]*$/iu);
/** "4 were hospitalized", "92% of moms breastfeeding at discharge": counted people as the subject. */
const COUNT_BEFORE = lazyRegex(() => /(?<![\p{L}\d:/-])(?:(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of)\s+(?:[\p{L}-]+\s+){0,2}?(?:were|are|have been|had been|got)|\d[\d,.]*%\s+of\s+(?:[\p{L}-]+\s+){0,5}?|\d[\d,.]*%|(?<![\p{L}])(?:every|each|all)\s+(?:[\p{L}-]+\s+){1,2}?|(?<![\p{L}])(?:families|people|women|men|kids|children|veterans|adults|teens|residents|seniors|students|moms|parents)\s+(?:in|with|who are|who have)\s+)\s*$/iu);

/** Units that measure one person's care or time, not people or cases counted: "26 weeks", "90 días", "40 pounds". */
export const MEASURES = 'days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds|días|dias|semanas|meses|años|anos|horas|libras|pounds?|lbs?|ounces?|oz|grams|kilos|kg|miles|inches|feet|stitches|staples|units?|points|percent|times|mg|ml';
/**
 * "treated more than 640 strokes", "performed 1,100 deliveries": a count of ten or more of anything after a care word,
 * but not a measure ("born at 26 weeks", "in for 12 days", "lost 40 pounds").
 */
const LARGE_COUNT_AFTER = lazyRegex(() => new RegExp(`^\\s+(?:(?:more than|over|nearly|about|almost|some|roughly|an average of|a total of|an estimated|a record)\\s+)?\\d{2,}(?:,\\d{3})*\\s+(?!(?:${MEASURES})(?![\\p{L}]))(?:[\\p{L}-]+\\s+)?[\\p{L}-]+s(?![\\p{L}])`, 'iu'));
/** "..., including 94-year-old Army vet Clarence", "among them Mrs. Ruiz": one person of the people counted, named. */
const INCLUDING_ONE = lazyRegex(() => /^[^.!?]*?(?:,\s*|\s+)(?:including|among them|one of them|such as)\s+(?:(?!(?:in|at|on|from|near|of|to)\s)(?:[\p{Ll}\d-]+|[\p{Lu}][\p{Ll}]+\.?)\s+){0,5}?\p{Lu}\p{Ll}+(?:\s|[,.!?]|$)/u);
const EACH_ONE_OF = /^\W*(?:every|each)\s+(?:one\s+)?of\s/iu;
const AS_A_RULE_BEFORE = lazyRegex(() => /(?<![\p{L}])\p{L}+s\s+(?:are|get|can be|will be)\s+(?:typically|usually|often|generally|normally|always|routinely)\s+$/iu);
const DEGREE_AFTER = lazyRegex(() => /^\s+of\s+(?!the(?![\p{L}]))\p{Lu}/u);
const DEGREE = /(?:Doctor|Master|Bachelor|Associate)$/u;
const NEGATED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:no|without|any|every|each|test|demo|sample|fake|mock|dummy|example|typical|hypothetical|imaginary|average)[\s_-]+$/iu);
/** "PATIENT NAME placeholder", "[patient name here]": a blank in a template, no one. */
const PLACEHOLDER_AFTER = lazyRegex(() => /^[\s_-]+(?:name[\s_-]+)?(?:placeholder|template|goes here|here\])/iu);
/** "A patient once told me ...": an anecdote that names no one. */
const ANECDOTE_AFTER = lazyRegex(() => /^\s+(?:once|one time|years ago)(?![\p{L}])/iu);
/** "whether or not our team cared for them": anyone, cared for or not. */
const WHETHER_BEFORE = lazyRegex(() => /(?<![\p{L}])whether or not\s+(?:[\p{L}-]+\s+){0,3}$/iu);
/** "the patients at Riverside Children's": everyone a place cares for. */
const AT_PLACE_AFTER = lazyRegex(() => /^\s+(?:at|of|in)\s+(?:the\s+)?\p{Lu}/u);
const CAUSE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:celebrat(?:e|es|ing)|support(?:s|ing)?|promot(?:e|es|ing)|honou?r(?:s|ing)?|champion(?:s|ing)?)\s+(?:(?:long-term|lifelong|addiction|mental health|and|hope)\s+){0,2}$/iu);

/** "Recovery isn't a straight line", "peer recovery specialist", "Recovery Walk": recovery in general, or a job or event named after it. */
const RECOVERY_GENERIC_AFTER = lazyRegex(() => /^[\s_-]+(?:is|isn['’]t|is not|looks|can|takes|doesn['’]t|happens|starts|begins|month|walk|specialists?|allies|advocates?)(?![\p{L}])/iu);
/** "Recovery is possible and you are living proof": the person spoken to, not recovery in general. */
const SPOKEN_TO = lazyRegex(() => /(?<![\p{L}])(?:you|your|you['’]re)(?![\p{L}])/iu);
const RECOVERY_GENERIC_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:peer|addiction|long-term|lifelong|possible|of|health|personal)\s+$/iu);

/** "a person with measles visited our clinic": an exposure notice's unnamed case, where and when, not one patient's story. */
const UNNAMED_CASE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:a|an|one)\s+(?:person|individual|traveler|traveller|visitor|customer|passenger)\s+(?:(?:with|who\s+(?:has|had|later\s+tested\s+positive\s+for|tested\s+positive\s+for))\s+(?:[\p{L}-]+\s+){1,3})?$/iu);
const VISITED = /^(?:visited|was at|was in)\b/i;
const UNNAMED_CASE_OF_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:a|an|one)\s+(?:(?:new|confirmed|probable|suspected|lab-confirmed|laboratory-confirmed)\s+)?$/iu);
const CASE_WENT_AFTER = lazyRegex(() => /^\s+(?:[\p{L}-]+\s+){1,3}?(?:was|were|who was)\s+(?:infectious|contagious|present|at|in)|^\s+(?:[\p{L}-]+\s+){1,3}?(?:visited|while visiting|traveled|travelled)(?![\p{L}])/iu);

/** "longtime Brookfield resident Eleanor Pike": someone who lives in a town, not a resident in care (not "our longtime resident"). */
const TOWN_RESIDENT_BEFORE = lazyRegex(() => /(?<![\p{L}])(?<!(?:[Oo]ur|[Tt]he\s+home['’]s)\s+)(?:(?:[Ll]ong-?time|[Ll]ife-?long|[Ll]ocal|[Aa]rea|[Tt]own|[Cc]ity|[Cc]ounty)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s+$/u);
function townResident(before: string): boolean {
  const m = TOWN_RESIDENT_BEFORE().exec(before);
  if (!m || m[0].trim() === '') return false;
  return m[1] === undefined ? /\S/.test(m[0]) : placePopulation(m[1].split(/\s+/)[0]) > 0 || placePopulation(m[1]) > 0;
}

const TAUGHT_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:trained|trains|training|taught|teaches|teaching|certified|certifies)\s+(?:(?:its|our|the|their|\d[\d,]*)\s+)?(?:[\d,]+(?:st|nd|rd|th)\s+)?$/iu);
const PEOPLE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:families|patients|people|children|kids|residents|veterans|seniors|moms|babies|clients|members|those|others|neighbors|neighbours|everyone|anyone|all)\s+$/iu);

const PATIENT_ADJECTIVE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:very|so|too|most|more|super|incredibly|endlessly|infinitely|extra|really|ever|be|stay|staying|being|remain|remained)\s+$/iu);
const THEIR_BEFORE = lazyRegex(() => /(?<![\p{L}])their\s+$/iu);
const PEOPLE_EARLIER = lazyRegex(() => /(?<![\p{L}])(?:patients|patients['’]|families|kids|children|clients|residents|members|people|parents|moms|babies)(?![\p{L}])/iu);

/** Whether a patient cue in a sentence names no one in particular. */
function isGeneric(text: string, cue: Cue): boolean {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  const after = text.slice(cue.start + cue.word.length, cue.start + cue.word.length + 40);
  // "never forgot a crew member's birthday", "bakes for every bday": anyone's birthday.
  return (BIRTHDAY.test(cue.word) && ANYONES_BEFORE().test(before)) ||
    // "Kids we cared for, by home county": the people the organisation cares for, in general.
    (/^(?:cared for|treated|served|saw|delivered|vaccinated)$/i.test(cue.word) && WE_CARED_BEFORE().test(before)) ||
    (BIRTHDAY.test(cue.word) && (ORG_BIRTHDAY_BEFORE.test(before) || ANY_CHILDS_BIRTHDAY_BEFORE.test(before) || ORG_BIRTHDAY_AFTER().test(after) || BIRTHDAY_THINGS_AFTER().test(after))) ||
    (PLURAL.test(cue.word) && !LIKE_AFTER.test(after) && !ONE_OF().test(before) && (COUNTED().test(before) || !SPECIFIC().test(before))) ||
    (/(?:^|\s)(?:patients?|clients?)$/i.test(cue.word) && SERVICE().test(after)) ||
    (/^(?:patients?|pacientes?|clients?)$/i.test(cue.word) && PER_BEFORE().test(before)) ||
    // "Caregiver Spotlight: Yvonne Mbeki, CNA": staff honoured, no one's caregiver.
    (/^caregivers?$/i.test(cue.word) && STAFF_HONOUR_AFTER().test(after)) ||
    (PACIENTE.test(cue.word) && SERVICE_BEFORE_ES().test(before)) ||
    (/^resident$/i.test(cue.word) && RESIDENT_EXPERT().test(after)) ||
    // "Nurse resident cohort of 2024", "our PGY-2 residents": clinicians in training, no one in residence.
    (/^residents?$/i.test(cue.word) && TRAINEE_BEFORE().test(before)) ||
    // "individual resident concerns", "resident rights": a word for residents as a modifier, no one in particular.
    (/^(?:resident|patient|client)$/i.test(cue.word) && RESIDENT_THINGS_AFTER().test(after)) ||
    (FOR_WHOM.test(cue.word) && EVENT_AFTER().test(after)) ||
    // "families waiting in our ICU family lounge", "in our NICU waiting room": a room of the unit, no one's stay.
    (/^in our\s/i.test(cue.word) && UNIT_ROOM_AFTER().test(after)) ||
    inProgramName(text, cue) ||
    (/^cases? of$/i.test(cue.word) && REPORTED_BEFORE().test(before)) ||
    // "Cases of pertussis were reported in Ashby (12)": cases counted, no one's.
    /^cases of$/i.test(cue.word) ||
    (/^graduated from$/i.test(cue.word) && SCHOOL_AFTER().test(after)) ||
    // "earned her Doctor of Optometry": a degree or title, no one's doctor.
    (DEGREE.test(cue.word) && DEGREE_AFTER().test(after)) ||
    // "No patient photos in this piece", "without patient names", a "TEST PATIENT" demo account.
    (/^patients?$/i.test(cue.word) && (NEGATED_BEFORE().test(before) || PLACEHOLDER_AFTER().test(after))) ||
    (/^(?:patient|customer|client|resident)$/i.test(cue.word) && /(?<![\p{L}])(?:a|one)\s+$/iu.test(before) && ANECDOTE_AFTER().test(after)) ||
    (/^(?:patients|residents|clients)$/i.test(cue.word) && /(?<![\p{L}])the\s+$/iu.test(before) && AT_PLACE_AFTER().test(after)) ||
    (/^residents?['’]?s?$/i.test(cue.word) && /(?<![\p{L}])(?:every|each)\s+$/iu.test(before)) ||
    (/^resident$/i.test(cue.word) && townResident(before)) ||
    // "trained its 1,000th resident in Hands-Only CPR": someone taught, no one cared for.
    (/^residents?$/i.test(cue.word) && TAUGHT_BEFORE().test(before)) ||
    WHETHER_BEFORE().test(before) ||
    // "Lung-RADS 3: a 6-month follow-up scan": a schedule for any case, no one's visit.
    (/^follow-?up$/i.test(cue.word) && /(?<![\p{L}])(?:a|an)\s+(?:\d+|one|two|three|six|twelve)[- ](?:day|week|month|year)\s+$/iu.test(before)) ||
    // "Dr. Feinberg's patients will be cared for by Dr. Kamara": people in general, cared for by someone new.
    (/^cared for$/i.test(cue.word) && /(?<![\p{L}])(?:patients|families|residents|clients|kids|children)\s+(?:will be|are|were|have been|get)\s+$/iu.test(before)) ||
    // "41 Years at the Bedside", "to use at the bedside": where care is given, no one's stay.
    (/^bedside$/i.test(cue.word) && /(?<![\p{L}])(?:at|to)\s+the\s+$/iu.test(before)) ||
    // "still recovering from the excitement": an idiom, no one's recovery.
    (/^recover(?:ing|ed|s)?$/i.test(cue.word) && /^\s+from\s+(?:(?:the|all the|all that|our|that|this)\s+)?(?:excitement|fun|party|celebration|sugar rush|sugar high|weekend|festivities|shock|surprise)(?![\p{L}])/iu.test(after)) ||
    // "blankets for families in our care": people in general in the organisation's care.
    // "caps for the babies in our NICU": people in general on a unit.
    (/^in our (?:care|\S+)$/i.test(cue.word) && PEOPLE_BEFORE().test(before)) ||
    (VISITED.test(cue.word) && UNNAMED_CASE_BEFORE().test(before)) ||
    // "A confirmed case of measles was infectious while visiting the following locations": the notice's case, where and when.
    (/^case of$/i.test(cue.word) && UNNAMED_CASE_OF_BEFORE().test(before) && CASE_WENT_AFTER().test(after)) ||
    // "a 5K celebrating recovery": recovery as a cause, no one's.
    (/^recovery$/i.test(cue.word) && (CAUSE_BEFORE().test(before) || RECOVERY_GENERIC_BEFORE().test(before) || (RECOVERY_GENERIC_AFTER().test(after) && !SPOKEN_TO().test(text)))) ||
    (!PLURAL.test(cue.word) && COUNTED_BEFORE().test(before)) ||
    COUNT_AFTER().test(after) || LARGE_COUNT_AFTER().test(after) || GROUP_AFTER().test(after) || PLACE_GROUP_AFTER().test(after) || COUNT_BEFORE().test(text.slice(Math.max(0, cue.start - 64), cue.start)) ||
    COUNTED_SUBJECT().test(text.slice(Math.max(0, cue.start - 120), cue.start)) ||
    // "Every one of those numbers is a child who went home sooner."
    EACH_ONE_OF.test(text.slice(0, cue.start)) ||
    // "Injured workers are typically seen in under 30 minutes": people of a kind, as a rule.
    AS_A_RULE_BEFORE().test(before) ||
    // "your very patient dad", "be patient with us": the adjective, no one in care.
    (/^patient$/i.test(cue.word) && PATIENT_ADJECTIVE_BEFORE().test(before)) ||
    // "Learn your patients' names before you learn their diagnoses": the care of people in general.
    (THEIR_BEFORE().test(before) && PEOPLE_EARLIER().test(text.slice(0, cue.start)));
}

/**
 * The sentence read without the "patient" cues that name no one: counted
 * patients, care counted in numbers, or a department named after patients.
 * A later cue in the sentence may still name someone ("patients like Jane
 * Doe, seen at our clinic"); anything else in it (a condition with "she", a
 * name) still counts.
 */
export function withoutGenericPatients(s: Sentence, context = s.text): Sentence {
  let cue = s.patient;
  if (!cue || !isGeneric(context, cue)) return s;
  // "3 veterans under our care ..., including 94-year-old Army vet Clarence": the group, then one of them.
  if (INCLUDING_ONE().test(s.text.slice(cue.start + cue.word.length))) return s;
  const re = cueLists().patient; // global: callers reset lastIndex
  re.lastIndex = cue.start + cue.word.length;
  for (let m; (m = re.exec(s.text)); ) {
    // "every pt's dog's name", "PT" in capitals: the cues the first reading passed over pass again.
    if (namesNoPatient(m)) continue;
    cue = { word: m[0], start: m.index };
    if (!isGeneric(context, cue)) {
      re.lastIndex = 0;
      return { ...s, patient: cue };
    }
  }
  re.lastIndex = 0;
  return { ...s, patient: undefined };
}
