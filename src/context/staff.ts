import { trieAlternation } from '../text/word-trie.js';
import { ENROLLED_IN, joinedForCare, peopleCues, writtenAsCredential } from '../lexicons/people-cues.js';

interface StaffPatterns {
  before: RegExp;
  ourTitle: RegExp;
  pair: RegExp;
  tenure: RegExp;
  after: RegExp;
  lay: Set<string>;
  credentials: Set<string>;
  teamBefore: RegExp;
  teamAfter: RegExp;
  agedJob: RegExp;
}
let patterns: StaffPatterns | undefined;

/** Built from data/lexicons/people-cues.yaml, the one list of staff titles, credentials and jobs. */
function compile(): StaffPatterns {
  const raw = peopleCues().lists;
  const alt = (words: readonly string[]) => trieAlternation(words);
  const titles = alt([...raw.staffTitles, ...raw.staffOccupations]);
  // For `pair`, which has no `i` flag: the titles as written ("our MAs Bree, Lourdes and Tomasz").
  const titlesAsWritten = trieAlternation([...raw.staffTitles, ...raw.staffOccupations], false);
  // A job described at length: "a certified Spanish medical interpreter", "our lead veterinary technician".
  // The words before the job are its modifiers, never a verb's preposition ("Jaxon, swing by the front desk")
  // or a clause of its own ("Miss Hattie, who told pharmacist Raj").
  const job = `(?![^,.;]*?\\b(?:retired|former)\\b)(?:(?:our|a|an|the)\\s+)?(?:(?!(?:by|to|at|in|on|for|with|from|into|the|a|an|our|your|who|told|tells|said|says|asked|asks|thanked|and|but|when|while)\\s)[\\p{L}-]+\\s+){0,4}?(?:${alt(raw.staffOccupations)})s?`;
  const team = alt([...raw.staffTitles, ...raw.staffOccupations, ...raw.teamWords]);
  return {
    // Workflow notes name staff by their job or team: "Front desk (Tasha)", "owner: Community Ops (Danielle)",
    // "approved_by": "Patient Access Supervisor — T. Nakamura" (a label's value, the role before a dash).
    teamBefore: new RegExp(`(?:(?<![\\p{L}])(?:${team})s?\\s*\\(\\s*|(?:^|[:\\n]\\s*)(?:[\\p{L}&-]+\\s+){0,3}(?:${team})s?\\s+[—–]\\s+)$`, 'iu'),
    // "Jamal Price (Talent Acquisition)": the team in brackets after the name.
    teamAfter: new RegExp(`^\\s*\\((?:[\\p{L}&-]+\\s+){0,3}(?:${team})s?\\)`, 'iu'),
    // The job after an age in a quote's attribution: '..." — Dolores Whitcomb, 64, Hospice Aide, Granby'.
    agedJob: new RegExp(`^,\\s*\\d{1,3},\\s*${job}(?![\\p{L}])`, 'iu'),
    lay: new Set(raw.layRoles.map((r) => r.toLowerCase())),
    credentials: new Set(raw.credentials.map((r) => r.toLowerCase())),
    // A title or job right before the name, allowing one given name in between ("Dr. Anil Mehta" when only "Mehta" was found).
    // "our longtime CNA and friend, Gloria Matthews", "My PT, a guy named Rudy", "Our front desk lead, Carla", "la enfermera escolar, Mrs. Ana Cisneros"
    before: new RegExp(`(?<![\\p{L}])(${titles})s?(?:\\s+(?:lead|supervisor|manager|escolar|jefa|jefe|principal|bilingüe|comunitaria|comunitario|dental|registrada|titulada))?(?:\\s+and\\s+(?:friend|colleague|mentor|teammate)|\\s+(?:extraordinaire|supreme|par excellence|superstar|rockstar|legend))?\\.?,?\\s+(?:an?\\s+(?:guy|man|woman|lady|gal|person)\\s+(?:named|called)\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+)?$`, 'iu'),
    // "our chaplain, the Rev. Samuel Osei": the organisation's job, before a title a public figure may have too.
    ourTitle: new RegExp(`(?<![\\p{L}])our\\s+(?:[\\p{L}-]+\\s+)?(${titles}),?\\s+(?:the\\s+)?$`, 'iu'),
    // "After 31 years as a veterinary technician here, Deb Lindqvist ...": a career, then the name.
    tenure: new RegExp(`(?<![\\p{L}])(?:years?|decades?|months?)\\s+as\\s+(?:a|an|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${alt(raw.staffOccupations)})s?(?:\\s+(?:here|with us))?,\\s+$`, 'iu'),
    // Staff listed after a plural title: "ICU nurses Jill Park and Tom Ortiz", "our three nurses — Kim Albrecht, Darnell Fisk and Rosa Jimenez".
    pair: new RegExp(`(?<![\\p{L}])(${titlesAsWritten})s\\s*(?:[—–:]\\s*)?(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+|,\\s+|\\s+(?:and|&)\\s+)){0,9}$`, 'u'),
    after: new RegExp(
      // An age may come between: "Raymond Holloway, 58, who served our department", "Donnie Fitch, 74 — delivery driver"; a credential may be in brackets ("Jordan (DPT)");
      // a tenure: "Bo Jensen for 25 years at the front desk".
      `^(?:,\\s*\\d{1,3},|,\\s*\\d{1,3}(?=\\s+[—–]\\s))?(?:,?\\s*\\(?(?:${alt([...raw.credentials, ...raw.staffAfter])})|(?:,\\s*|\\s+[—–]\\s+|\\s+(?:is|was|has been|will be|serves as|works as|worked as|started as|began as|retired as|joins us as)\\s+)${job}|,\\s*who\\s+(?:works|worked|has worked|had worked|serves|served|has served|started|began)\\s+as\\s+(?:a|an|our)\\s+(?:${titles})|\\s+for\\s+(?:\\d+|[a-z]+)\\s+years?\\s+(?:at|on|behind|with)\\s+(?:the|our)\\s+(?:front desk|desk|counter|unit|team|floor|station|${titles}))(?![\\p{L}])`,
      'iu',
    ),
  };
}

/** The end of a quote and the dash of who said it: '..." — '. */
const QUOTE_ATTRIBUTION = /["”]\s*[—–-]\s*$/u;
const MILITARY_BEFORE = /(?<![\p{L}])(?:army|navy|marine|marines|air force|coast guard|military|combat|war|vietnam|korea|korean war|wwii|ww2|gulf war|iraq|afghanistan)\s+$/iu;
const ENROLLED = new RegExp(`^${ENROLLED_IN}`, 'iu');
const SELF_INTRO = /(?<![\p{L}])(?:I['’]m|I am|it['’]s|this is|my name is)\s+$/iu;
/** The organisation's own voice near a self-introduction: "our front desk", "Pharmacist tip from me", "all of us behind the counter". */
const OUR_VOICE = /(?<![\p{L}])(?:our\s+(?:[\p{L}-]+\s+)?(?:front desk|team|pharmacy|clinic|office|practice|staff|counter|unit|patients|clients|members|residents|crew|station)|all of us|tip from me|from your|here at|I work (?:here|at)|I['’]ve worked (?:here|at)|one of (?:the|our) (?:[\p{L}-]+\s+)?(?:therapists|counselors|nurses|doctors|physicians|pharmacists|dentists|hygienists|medics|paramedics|techs|technicians|providers|clinicians|midwives|aides|specialists|embryologists|sonographers|technologists|phlebotomists|estheticians|injectors|optometrists|dietitians))(?![\p{L}])/iu;
const OUR_CREDENTIAL = /(?:(?<![\p{L}])(?:[Oo]ur|[Mm]y|[Mm]eet|[Ww]elcome)\s+(?:[\p{L}-]+\s+){0,2}|(?:^|[^\p{L}\p{N}\s'’-]\s*))(\p{Lu}{2,5}(?:-\p{Lu}{1,2})?),?\s+(?:an?\s+(?:guy|man|woman|lady|gal|person)\s+(?:named|called)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)?$/u;
/** "Hi Terrence, a nurse will call you": a name greeted at the start, so what follows its comma is not about it. */
const GREETED = /(?:^|[\n.!?]\s*)(?:hi|hello|hey|dear|hola|good (?:morning|afternoon|evening))\s+$/iu;

/** A patient, then another role of the same person, before the name: "our grateful patient and keynote speaker, Sienna Ruiz" (not "our patient and volunteer coordinator": a patient-and-volunteer coordinator). */
const PATIENT_AND_ROLE = /(?<![\p{L}])(?:grateful|former|longtime|past|proud|beloved)\s+(?:patient|client)s?\s+(?:and|&|turned|now|and now)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s+$/iu;
/** Whether the role before a name follows "patient and": a patient first, whatever else they are that day. */
export const patientAndRole = (text: string, start: number) => PATIENT_AND_ROLE.test(text.slice(Math.max(0, start - 70), start));

/**
 * The title, credential or job that marks a name as staff or a public figure
 * ("Dr. Anil Mehta", "Rosa Diaz, RN", "Ana Ruiz, our head of nursing",
 * "Mei Chen is our patient scheduler", "child life specialist Hannah Brooks").
 */
export function staffRole(text: string, start: number, end: number): string | undefined {
  patterns ??= compile();
  const before = text.slice(Math.max(0, start - 60), start);
  if (patientAndRole(text, start)) return undefined;
  const b = patterns.before.exec(before);
  // "94-year-old Army vet Clarence": a veteran, not a veterinarian.
  if (b && /^vets?$/i.test(b[1]) && MILITARY_BEFORE.test(before.slice(0, b.index))) return undefined;
  if (b && isLayRole(b[1])) {
    const ours = patterns.ourTitle.exec(before.slice(0, b.index));
    if (ours && !isLayRole(ours[1])) return ours[1];
  }
  if (b) return b[1] + (b[0][b[1].length] === '.' ? '.' : '');
  // "Our sports PT Derek Lawson", "Meet PT Jamal Greene!", "... finish line. PA-C Jenny Alcott", "My PT, a guy named Rudy": a clinician, by a credential written in capitals before the name.
  const ours = OUR_CREDENTIAL.exec(text.slice(Math.max(0, start - 60), start));
  if (ours && patterns.credentials.has(ours[1].toLowerCase()) && writtenAsCredential(ours[1])) return ours[1];
  // "Hi! I'm Bethany, and I've checked in a lot of people at our front desk": the writer, speaking for the organisation.
  if (SELF_INTRO.test(text.slice(Math.max(0, start - 20), start)) && OUR_VOICE.test(text.slice(Math.max(0, start - 80), end + 120))) return 'the writer';
  const pair = patterns.pair.exec(text.slice(Math.max(0, start - 100), start));
  if (pair) return pair[1];
  const tenure = patterns.tenure.exec(text.slice(Math.max(0, start - 80), start));
  if (tenure) return tenure[1];
  const team = workflowRole(text, start, end);
  if (team) return team;
  // In a story "Olivia Chen, 31, an ER nurse at Mercy General, felt a sharp pain" is a patient's job; under a quote it is who
  // speaks, and "our" makes it the organisation's ("Meet Luis Ortega, 19, our newest Certified Pharmacy Technician!").
  const agedJob = patterns.agedJob.exec(text.slice(end, end + 80));
  const aged = agedJob && (QUOTE_ATTRIBUTION.test(text.slice(Math.max(0, start - 6), start)) || /^,\s*\d{1,3},\s*our\s/iu.test(agedJob[0])) ? agedJob : null;
  if (aged) return aged[0].replace(/^,\s*\d{1,3},\s*/, '');
  const greeted = GREETED.test(text.slice(Math.max(0, start - 30), start));
  const a = greeted ? null : patterns.after.exec(text.slice(end, end + 80));
  // "Gerald joined our Healthy Steps program": enrolled in care, not hired.
  if (a && ENROLLED.test(text.slice(end + a[0].length, end + a[0].length + 50))) return undefined;
  // "Darnell joined us 18 months ago after his second overdose": came to us for care.
  if (a && joinedForCare(text.slice(end, end + 100))) return undefined;
  // "RN", "PharmD", "Ph.D." are credentials; "Birch Rd", "Ms", "Do" as written are a street, a title, a word.
  // The role as said, without the age or the punctuation before it ("74 — delivery driver" -> "delivery driver").
  const role = a?.[0].replace(/^(?:,\s*\d{1,3})?[,\s—–]*\(?/, '');
  if (role && patterns.credentials.has(role.toLowerCase()) && !writtenAsCredential(role)) return undefined;
  return role;
}

/** A job or team that names a name in a workflow note: "Front desk (Tasha)", "Member Experience — Kim Sato", "Jamal Price (Talent Acquisition)". */
function workflowRole(text: string, start: number, end: number): string | undefined {
  const before = patterns!.teamBefore.exec(text.slice(Math.max(0, start - 60), start));
  // A bracket opened before the name must close right after it: "Front desk (Tasha)", not "Front desk (ask for Tasha about her cast)".
  if (before && (!before[0].includes('(') || /^\s*\)/.test(text.slice(end, end + 3)))) return before[0].replace(/^[\s:]+|[\s(—–]+$/g, '');
  return patterns!.teamAfter.exec(text.slice(end, end + 50))?.[0].replace(/^\s*\(|\)$/g, '');
}

let layBefore: RegExp | undefined;
/** The lay title right before a name ("Deacon" in "Deacon Sam Ortiz"), which the name detector marks as a title too. */
export function layTitleBefore(text: string, start: number): string | undefined {
  patterns ??= compile();
  layBefore ??= new RegExp(`(?<![\\p{L}])(${trieAlternation([...patterns.lay])})\\.?\\s+$`, 'iu');
  return layBefore.exec(text.slice(Math.max(0, start - 30), start))?.[1];
}

/** Whether a role is a public figure's, a volunteer's or office staff's, who give no care ("Mayor", "volunteer"). */
export function isLayRole(role: string): boolean {
  patterns ??= compile();
  const words = role.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  return patterns.lay.has(words.join(' ')) || patterns.lay.has(words.at(-1)!);
}

/**
 * A script's or thread's speaker label at the start of a line: an optional title, a name, then credentials, a job in
 * brackets, or neither, and a colon ("CHRIS DOLAN, LCSW (Outpatient Therapist):", "DR. NADIA AMANI:", "Tanya Brooks:").
 */
const SPEAKER = /^[ \t]*((?:DR|Dr|NURSE|Nurse)\.?[ \t]+)?((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)(?=(?:,[^:\n(]{1,30})?(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*:)/u;

/** Whether the line holding `at` opens with a staff member's speaker label: what follows on it is theirs to say. */
export function staffSpeaksAt(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? undefined : to);
  const m = SPEAKER.exec(line);
  if (!m) return false;
  const start = m.index + m[0].length - m[2].length;
  return staffRole(line, start, start + m[2].length) !== undefined;
}
