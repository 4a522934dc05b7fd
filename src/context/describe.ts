import { findTerms } from '../text/terms.js';
import { ageSource } from '../text/ages.js';
import type { Span } from '../text/sentences.js';
import type { CueLists } from '../lexicons/cue-lists.js';
import { DRUG_MATCHERS } from './drugs.js';
import { injuryRegex } from './injuries.js';
import { LAB_VALUE } from './lab-values.js';
import { notMeantAsPatient } from './no-patient.js';
import { isCommon, wordStats } from '../lexicons/stats.js';
import { peopleCues } from '../lexicons/people-cues.js';
import { escape } from '../text/word-trie.js';
import { mayMatch } from '../text/word-gate.js';
import type { Matcher } from '../text/phrase-matcher.js';
import type { Cue, SentenceCues } from '../model/post.js';
import { lazyRegex } from '../text/lazy-regex.js';
import { wordGated } from '../text/word-gated-regex.js';
import { isSpace } from '../text/chars.js';


/** "a 72-year-old", "60yo", "45 y/o": a particular person of that age. (?<!\w) is \b before a digit, and fast under `iu`. */
const AGED = lazyRegex(() => new RegExp(`(?<!\\w)${ageSource({ shorthand: true })}(?![\\p{L}])`, 'giu'));

/** A newborn's weight: "weighing 6 lbs 14 oz", "7 lbs 2 oz", "pesando 3.2 kg". A birth here is care here. */
const BIRTH_WEIGHT = lazyRegex(() => /(?<![\p{L}\p{N}])(?:(?:weighing|weighed|pesando|pesó)\s+\d[\d.,]*\s*(?:lbs?|pounds?|kg|kilos?|gramos)|\d{1,2}\s*(?:lbs?|pounds?),?\s*\d{1,2}\s*(?:oz|ounces?))(?![\p{L}])/giu);

/** A preterm birth: "born March 2 at 35 weeks", "arrived at 29 weeks", "a 32-weeker", "26 weeks' gestation". */
const GESTATION = lazyRegex(() => /(?<![\p{L}])(?:(?:born|arrived|delivered)\s+(?:[^.!?\n]{0,24}?\s)?at\s+\d{2}(?:\+\d)?\s+weeks|\d{2}-weeker|\d{2}\s+weeks['’]?\s+gestation)(?![\p{L}])/giu);

type Accept = (m: RegExpExecArray) => Cue | undefined;
const whole: Accept = (m) => ({ word: m[0], start: m.index });

/**
 * The first match of `re` in each span, from one pass over the whole text:
 * one regex call per segment instead of one per sentence (the calls, not the
 * scanning, were the cost). Once a span has its cue the scan jumps to the next
 * span. A match that runs past its span's end is re-checked inside the span
 * alone, so every cue lies within its sentence, as a per-sentence scan gives.
 */
export function firstInEachSpan(re: Matcher, text: string, spans: readonly Span[], accept: Accept = whole): (Cue | undefined)[] {
  const out: (Cue | undefined)[] = new Array(spans.length);
  let k = 0;
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return out; // none of the list's words in the text (text/word-gate.ts)
  for (let m; k < spans.length && (m = re.exec(text)); ) {
    if (m[0] === '') re.lastIndex++;
    while (k < spans.length && spans[k].end <= m.index) k++;
    if (k >= spans.length) break;
    const span = spans[k];
    if (m.index + m[0].length > span.end) {
      out[k] = firstIn(re, text.slice(span.start, span.end), accept);
    } else {
      const cue = accept(m);
      if (!cue) continue;
      out[k] = { word: cue.word, start: cue.start - span.start };
    }
    re.lastIndex = span.end;
    k++;
  }
  re.lastIndex = 0;
  return out;
}

/** The first accepted match of `re` in `text` (offsets relative to `text`). */
function firstIn(re: Matcher, text: string, accept: Accept): Cue | undefined {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m[0] === '') re.lastIndex++;
    const cue = accept(m);
    if (cue) return cue;
  }
  return undefined;
}

/**
 * A health term that names one of the organisation's services ("our dialysis
 * patients", "our joint replacement program", "the oncology team") says
 * nothing about one person's care.
 */
const SERVICE_AFTER = lazyRegex(() => /^\s+(?:patients|family|team|teams|unit|units|center|centre|clinic|program|programme|department|nurses|staff|ward|floor|service|services|group|groups|class|classes|suite|wing|specialists?|techs?|technicians?|technologists?|huddles?|meetings?|potluck|party|lounge|break ?room|desk|counter|window|drive-thru|care|managers?|directors?|coordinators?|administrators?|supervisors?|playroom|waiting room|bay|area)(?![\p{L}])/iu);
/** One job named by the care it gives: "a hospice nurse", "our oncology social worker" (plural jobs are SERVICE_AFTER's). */
const JOB_AFTER = lazyRegex(() => /^\s+(?:nurse|aide|chaplain|volunteer|social worker|physician|doctor|surgeon|therapist|counselor|counsellor|dietitian|pharmacist|educator|navigator|nurse practitioner|physician assistant|medic|tech|technician|technologist|specialist|coordinator|social-worker)(?![\p{L}-])/iu);

/**
 * Care someone works on or gives to ("her work on rural cancer screening",
 * "knits caps for our nursery", "hizo posible la sala de rehabilitación cardíaca"), not care they receive.
 */
const NOT_ONES_CARE = lazyRegex(() => /(?:(?<![\p{L}])(?:work|worked|working|volunteer|volunteers|volunteered|volunteering|serves|served|serving|taught|teaches|teaching|advocacy|advocating|funding|research|researching|campaign|campaigning|understanding|knowledge|expertise|awareness|passion|training|trained|specializes|specializing|specialises|specialising|interest|certified|information|info|información|informacion|educación|educacion)\s+(?:on|for|in|of|against|about|sobre|with(?!\s+(?:you|him|her|them)\s))\s+(?:how\s+|what\s+)?(?:[\p{L}-]+\s+){0,3}|(?<![\p{L}])(?:host|hosts|hosting|hosted|offer|offers|offering|offered|provide|provides|providing|provided|teach|teaches|teaching|taught|demonstrate|demonstrates|demonstrating|(?:learn|learns|learned|learning)(?=\s+(?!to\s)))\s+(?:(?:free|our|the|a|an|weekly|monthly|quick)\s+)?(?:[\p{L}-]+\s+){0,2}|(?<![\p{L}])for\s+our\s+(?:[\p{L}-]+\s+)?|(?<![\p{L}])our\s+(?:on-site|onsite|in-house|new|mobile|walk-in|same-day|24\/7)\s+|(?<![\p{L}])(?:for|to)\s+(?:(?:the|our|all|tiny|little|newborn|sick)\s+)?(?:babies|kids|children|patients|families|residents|moms|veterans|seniors)\s+(?:in|on|at)\s+(?:our|the)\s+(?:[\p{L}-]+\s+)?|(?<![\p{L}])(?:shaped|dressed|decorated|disguised)\s+(?:like|as)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}|(?<![\p{L}])(?:check|checks|checking|verify|verifies|verifying|dispense|dispenses|dispensing|count|counting)\s+(?:a|an|the|every|each|your)\s+|(?<![\p{L}])(?:leads|led|leading|runs|ran|running|directs|directed|manages|managed|oversees|oversaw|founded|opened|opening|opens|launch|launches|launched|launching|staffs|staffed)\s+(?:our|the|a|an|his|her)\s+(?:[\p{L}-]+\s+){0,3}|(?<![\p{L}])(?:hizo\s+posible|hicieron\s+posible|abrimos|abrió|inauguramos|inauguró|construimos|construyó|renovamos|equipó|financió)\s+(?:la|el|una|un|nuestra|nuestro)\s+(?:nueva\s+|nuevo\s+)?(?:sala|unidad|centro|área|area|programa|departamento|servicio|consultorio|gimnasio|clínica|clinica)\s+(?:de|del)\s+(?:la\s+|el\s+)?)$/iu);

/** Run only where one of its first words starts a word: most terms have none before them, and it costs 10-17 ms to compile. */
const NOT_ONES_CARE_GATED = wordGated(NOT_ONES_CARE);

/** A stay of some length: "spent three weeks", "spent 11 days" (not "spent Saturday with our hospice team", a volunteer). */
export const SPENT_STAY = String.raw`spent\s+(?:[\p{L}\d-]+\s+)?(?:days?|weeks?|months?|nights?|years?)`;
/** "on our hospice service", "18 months in our outpatient eating disorder program", "spent three weeks with our Burn Unit team", "watching you go from our intensive outpatient group", "Saw you at Tuesday's IOP group": enrolled in it, which is care. */
const ENROLLED = lazyRegex(() => new RegExp(`(?<![\\p{L}])(?:${SPENT_STAY}\\s+with|on|in|(?:go|goes|going|went|gone|come|came|graduated?|graduating|moved?|progressed|discharged)\\s+from|(?:saw|see|seeing|seen)\\s+(?:you|him|her|them)\\s+at|(?:kid|girl|boy|\\d{1,2}\\s?yo|\\d{1,2}-year-old|patient|client|guy|lady|man|woman)\\s+from|(?:moved|moves|moving)\\s+into|completed|finished)\\s+(?:our\\s+|the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu'));

/** "the Crestview College of Pharmacy", "Director of Nursing": a capitalised term inside an institution's name or a title. */
/** "here at Riverbend Counseling", "one of the therapists at Clearwater Counseling": a capitalised care word ending a place's name. */
const AT_ORG_NAME = lazyRegex(() => /(?<![\p{L}])(?:here at|work at|works at|worked at|working at|join(?:ed|s)? us at|welcome to|(?:therapists?|counselors?|nurses?|doctors?|staff|team|one) (?:at|of))\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u);
const INSTITUTION_OF = lazyRegex(() => /(?<![\p{L}])(?:College|School|Department|Dept\.?|Institute|Division|Faculty|Academy|Society|Board|Journal|Association|Professor|Chair|Dean|Director|Chief|Head|Manager|Vice President|VP)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+|&\s+)?)*$/u);

/** "our 1,000th CPR trainee", "first aid class", "kneels next to CPR manikin": the skill's class, its people or its practice doll, no one's care. */
const SKILL_CLASS_AFTER = lazyRegex(() => /^\s+(?:trainees?|class|classes|course|courses|training|certification|instructors?|students?|graduates?|manikins?|mannequins?|dumm(?:y|ies)|dolls?)(?![\p{L}])/iu);
const SKILL_TAUGHT = lazyRegex(() => /(?<![\p{L}])(?:trained|trains|training|train|taught|teach|teaches|learn|learned|learning|class|classes|course|courses|certification|certified)(?![\p{L}])[^.!?]{0,40}?(?<![\p{L}])(?:in|on|for)\s+(?:hands-only\s+|adult\s+|infant\s+|pediatric\s+|basic\s+)?$/iu);
const SCHOOL_NAME_BEFORE = lazyRegex(() => /(?<![\p{L}])(?!(?:Her|His|Their|My|Your|Our|With|Has|Have|Had|The|And|Or|For|Of)\s)\p{Lu}[\p{L}'’-]*\s+$/u);
const NAME_TAIL_BEFORE = lazyRegex(() => /\p{Lu}[\p{L}'’&-]*\s+$/u);
const ADDRESS_AFTER = lazyRegex(() => /^,?\s+\d{1,5}\s+(?:[NSEW]\.?\s+)?\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+)?(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway)\b/u);
const CREDENTIAL_POSITION = lazyRegex(() => /\p{Lu}[\p{L}'’.-]+,\s*(?:\p{Lu}[\p{L}.-]*,\s*)*$/u);
const NEW_FACILITY_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:our|the|a|its)\s+(?:brand[- ]new|new|newly\s+(?:opened|renovated|expanded)|renovated|expanded|upgraded)\s+(?:[\p{L}-]+\s+){0,2}$/iu);
const PROFESSION_END = /(?:therapist|technician|technologist|specialist|hygienist|pharmacist|surgeon|nurse|physician|doctor|dentist|oncologist|cardiologist|counselor|counsellor|midwife|doula)s?$/iu;
/** "her therapist", "Tyler's therapist" (no i flag: \p{Lu} would match any letter). */
const OWNED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+)?$/u);

/** Make-up for a drill, no one's injury (not "mock" or "staged": "a staged reconstruction" is real surgery). */
const FAKE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:\(?(?:pretend|fake|simulated)\)?|moulage\s+of)\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu);
/** The clause goes on about someone's own: "dialysis three days a week shaped her twenties". */
const OWN_AFTER = lazyRegex(() => /^[^.!?;]*?(?<![\p{L}])(?:his|her|their|my)(?![\p{L}])/iu);
/** A topic spoken about in general, with no one's care in between: "remarks about how far families used to drive for" (not "spoke about how her chemo"). */
const SPOKEN_ABOUT_HOW = lazyRegex(() => /(?<![\p{L}])(?:remarks|spoke|speaks|speaking|speech|talked|talks|talk|keynote|presentation|reminded us|told us)\s+(?:about|on)\s+how\s+(?:(?!(?:his|her|their|my|our|she|he|I)\s)[\p{L}'’-]+\s+){0,8}$/iu);

/** Whether a term found in `text` is someone's care, not a service's name or care someone works on. */
function isCare(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  if (NOT_ONES_CARE_GATED.test(before)) return false;
  const term = text.slice(m.start, m.end);
  // The three tests of a capitalised term below all need a capital first: one test for most terms.
  const capital = /^\p{Lu}/u.test(term);
  if (capital && (INSTITUTION_OF().test(before) || AT_ORG_NAME().test(before))) return false;
  // "Kim Baptiste (Oak Ridge MS)": a school's name cut short (Middle School), not multiple sclerosis.
  if (term === 'MS' && SCHOOL_NAME_BEFORE().test(before)) return false;
  // "New Path Counseling, 88 Birch Ave": a capitalised care word ending a name that an address follows is the place.
  if (capital && NAME_TAIL_BEFORE().test(before) && ADDRESS_AFTER().test(text.slice(m.end, m.end + 30))) return false;
  // "Dr. Nathan Greer, PT, DPT": a credential after a name, not care.
  if (capital && /^\p{Lu}{2,4}$/u.test(term) && CREDENTIAL_POSITION().test(before)) return false;
  // "our new Family Birthing Center": the organisation's facility by its name, no one's stay (not "two weeks in our newly renovated ICU").
  if (capital && /^\p{Lu}\p{Ll}/u.test(term) && NEW_FACILITY_BEFORE().test(before)) return false;
  // "Respiratory therapist Owen Castellanos", "Physical therapist analyzing a runner": a job, unless someone's own ("her therapist").
  if (PROFESSION_END.test(term) && !OWNED_BEFORE().test(before)) return false;
  // "trained its 500th resident in Hands-Only CPR", "our 1,000th CPR trainee": a skill taught, no one's care.
  if (/^(?:cpr|first aid|aed|stop the bleed)$/i.test(term) && (SKILL_TAUGHT().test(before) || SKILL_CLASS_AFTER().test(text.slice(m.end, m.end + 16)))) return false;
  // "She hopes to become a hospice nurse": a care word naming a job someone holds or wants is no one's care
  // (not "Hospice aide Tamika holding hands with Dorothy Vance", nor "her hospice nurse").
  if (JOB_AFTER().test(text.slice(m.end, m.end + 24)) && /(?<![\p{L}])(?:a|an)\s+$/iu.test(before)) return false;
  // "a (pretend) broken leg", "moulage of a forearm laceration", "fake burns": make-up for a drill.
  if (FAKE_BEFORE().test(before)) return false;
  // "her remarks about how far families used to drive for stitches": care a speaker talked about, no one's own.
  if (SPOKEN_ABOUT_HOW().test(text.slice(Math.max(0, m.start - 90), m.start)) && !OWN_AFTER().test(text.slice(m.end, m.end + 50))) return false;
  // "world-class cancer care" is a service; "her cancer care" is hers.
  return ENROLLED().test(before.slice(-36)) || !SERVICE_AFTER().test(text.slice(m.end, m.end + 20)) || (/^\s+care/i.test(text.slice(m.end, m.end + 6)) && OWNED_BEFORE().test(before));
}

/** The first health term of each span that is not a service's name (looked up span by span: the lookup stops early). */
function healthInEachSpan(text: string, spans: readonly Span[], cues: CueLists): (Cue | undefined)[] {
  return spans.map((span) => {
    const inside = text.slice(span.start, span.end);
    // Most sentences' first term is care: look further only past a service's name.
    const first = findTerms(inside, cues.health, 1)[0];
    const t = !first || isCare(inside, first) ? first : findTerms(inside, cues.health, 4).find((m) => isCare(inside, m));
    return t && { word: inside.slice(t.start, t.end), start: t.start };
  });
}

/** Every care term of `text` at or after `from`, in order (one lookup), read with all the words before each. */
export function careTermsFrom(text: string, from: number, cues: CueLists): Cue[] {
  return findTerms(text, cues.health, 16).filter((m) => m.start >= from && isCare(text, m)).map((t) => ({ word: text.slice(t.start, t.end), start: t.start }));
}

/** The first care term of `text` at or after `from`, read with all the words before it. */
export function careAfter(text: string, from: number, cues: CueLists, skip: (word: string) => boolean): Cue | undefined {
  const t = findTerms(text, cues.health, 8).find((m) => m.start >= from && !skip(text.slice(m.start, m.end)) && isCare(text, m));
  return t && { word: text.slice(t.start, t.end), start: t.start };
}

/** A capitalised personal word followed by a capitalised common word: the name of a group, class or program. */
function inGroupName(text: string, c: Cue): boolean {
  if (!/^\p{Lu}/u.test(c.word)) return false;
  const after = text.slice(c.start + c.word.length, c.start + c.word.length + 30);
  // "Family of Those in Recovery": title case joined by "of", "in", "for".
  if (/^\s+(?:of|in|for|and|&)\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  return next !== undefined && isCommon(wordStats(next)) && wordStats(next).first < 1000;
}

/** "As a public health nurse and a mom, I ...": what the writer is, no one else. */
const AS_A_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:as\s+an?|I\s+was\s+(?:an?|the)|I['’]m\s+(?:an?|the)|I\s+am\s+(?:an?|the))\s+(?:[\p{L}-]+\s+){0,4}?(?:and\s+an?\s+(?:[\p{L}-]+\s+){0,2}?)?$/iu);
/** "every kiddo", "each child", "no child": anyone at all. */
const ANYONE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:every|each|any|no|cada|cualquier)\s+$/iu);
/** "Every one of those numbers is a child who went home sooner": each of many, not one. */
const EACH_OF_MANY = lazyRegex(() => /^\W*(?:every|each)\s+(?:one\s+)?(?:of\s+)?(?:[\p{L}-]+\s+){0,4}?(?:is|was|are|were|means|represents)\s+(?:a|an)\s+$/iu);
/** "Every kiddo admitted in December will go home with a new friend": a sentence about anyone of a kind (not "Every day, she ..."). */
const EVERY_SUBJECT = lazyRegex(() => /^\W*(?:every|each)\s+(?:(?:new|little|single|young)\s+)?(?:kiddo|kid|child|baby|patient|family|mom|dad|parent|student|resident|member|person|neighbor|neighbour|teen|runner|athlete|client|veteran|senior|newborn|one)s?(?![\p{L}])/iu);
/** "family education", "parent permission", "child psychiatrists": a word for people used as a noun's modifier. */
const ADJUNCT = /^(?:family|families|parent|parents|child|children|kid|kids|caregiver|caregivers|mom|moms|teen|teens)$/i;
const SERVICE_OF = lazyRegex(() => /^\s+(?:education|satisfaction|permission|consent|support|resources?|rooms?|lounges?|meals?|programs?|services?|events?|nights?|days?|medicine|practice|friendly|members?|advisory|psychiatr(?:y|ists?)|psychologists?|physicians?|doctors?|dentists?|dentistry|nurses?|nursing|cent(?:er|re)d|feedback|surveys?|handbooks?|guides?|classes|class|groups?|councils?|centers?|centres?)(?![\p{L}])/iu);

const BABY_THING = lazyRegex(() => /^[\s-]+(?:showers?|steps|boomers?|food|formula|gear|supplies|clothes|clothing|fair|expo|friendly|bump|signs?|proof(?:ing)?|sitters?|sitting|monitors?|shark|wipes|bottles|blankets|carriers?|car seats?|registry|registries|announcements?|photos? booth|pool)(?![\p{L}])/iu);

/** "Female athletes", "male patients": a kind of people, not a person. */
const KIND_OF_PEOPLE = /^(?:female|male)$/i;
const FAMILY_KIND = lazyRegex(() => /^\s+(?:caregivers|members|physicians|doctors|practices|nights|events|resources|activities|programs|services|support groups|advocates|advisors|advisers)(?![\p{L}])/iu);
const PLURAL_NEXT = lazyRegex(() => /^\s+[\p{L}-]+s(?![\p{L}])/u);
/** "her partner", "and partner", not "our pharmacy partner" (a business's). */
const PERSONS_PARTNER = lazyRegex(() => /(?:(?<![\p{L}])(?:his|her|their|my|your|and|a|with)|['’]s)\s+$/iu);

/** A personal word that names no one: anyone, each of many, a kind of people, a business partner, "don't". */
function noOneInParticular(sentence: string, c: Cue): boolean {
  const before = sentence.slice(Math.max(0, c.start - 60), c.start);
  const rest = sentence.slice(c.start + c.word.length, c.start + c.word.length + 30);
  if (/^don$/i.test(c.word) && /^['’]t/iu.test(rest)) return true;
  // "ayudamos a 45 familias a entender sus beneficios": "sus" of people counted before it.
  if (/^sus?$/i.test(c.word) && COUNTED_ES().test(sentence.slice(0, c.start))) return true;
  // "cada familia ... en su propio idioma", "Octubre Rosa: su mamografía en 20 minutos": "su" of anyone, or the reader's ("your"),
  // when nothing before it in the sentence names or points at a person.
  // A sentence that opens on "Su" goes on about someone named before ("Lucía y su esposo ... Su embarazo va muy bien");
  // a question asks the reader ("¿Su hijo necesita su primer chequeo dental?").
  if (/^sus?$/i.test(c.word) && (EACH_ES().test(sentence.slice(0, c.start)) || ((/\p{L}/u.test(sentence.slice(0, c.start)) || sentence.slice(0, c.start).includes('¿')) && !ANTECEDENT_ES().test(sentence.slice(0, c.start).replace(MONTH_TITLE_ES(), ''))))) return true;
  if (/^partners?$/i.test(c.word) && !PERSONS_PARTNER().test(before)) return true;
  if (KIND_OF_PEOPLE.test(c.word) && PLURAL_NEXT().test(rest)) return true;
  // "Respite so family caregivers can run errands": a kind of people, no one's family.
  if (/^family$/i.test(c.word) && FAMILY_KIND().test(rest)) return true;
  if (ADJUNCT.test(c.word) && SERVICE_OF().test(rest)) return true;
  // "a stuffed friend with a boo-boo", "our four-legged friends": a toy or an animal.
  if (/^friends?$/i.test(c.word) && /(?<![\p{L}])(?:stuffed|plush|furry|fuzzy|cuddly|four-legged|feathered|scaly)\s+$/iu.test(before)) return true;
  // "a baby shower for our charge nurse", "baby steps", "baby boomers": a thing or a saying, no baby.
  if (/^bab(?:y|ies)$/i.test(c.word) && BABY_THING().test(rest)) return true;
  return ANYONE_BEFORE().test(before) || AS_A_BEFORE().test(before) || EACH_OF_MANY().test(sentence.slice(0, c.start)) || EVERY_SUBJECT().test(sentence.slice(0, c.start));
}

/** "cada familia", "cualquier persona", "veo personas con asma ... que usan su inhalador": "su" of anyone, or of people in general. */
const EACH_ES = lazyRegex(() => /(?<![\p{L}])(?:(?:cada|cualquier|todo|toda)\s+(?:[\p{L}]+\s+)?(?:familia|persona|paciente|miembro|niño|niña|padre|madre|mujer|hombre|residente|cliente|vecino|uno|una)|personas|pacientes|familias|gente|clientes|mujeres|hombres|adultos|niños)(?![\p{L}])/iu);
/** Someone "su" may belong to: a capitalised name, a title, a pronoun, a word for a person or a relative. */
const ANTECEDENT_ES = lazyRegex(() => /\p{Lu}\p{Ll}+|(?<![\p{L}])(?:él|ella|ellos|ellas|le|lo|la|les|señora|señor|sra|sr|don|doña|paciente|niñ[oa]|bebé|mamá|papá|madre|padre|abuel[oa]|abuelit[oa]|hij[oa]|herman[oa]|espos[oa]|muchach[oa]|joven|señorita|residente|cliente|dueñ[oa]|perr[oa]|gat[oa])(?![\p{L}])/u);
/** "Octubre Rosa", "Noviembre Azul": a month's campaign, no one's name. */
const MONTH_TITLE_ES = lazyRegex(() => /(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)\s+\p{Lu}\p{Ll}+/gu);
const COUNTED_ES = lazyRegex(() => /(?<![\p{L}\d])(?:\d[\d,.]*|todas|todos|muchas|muchos|varias|varios|cientos de|miles de)\s+(?:[\p{L}]+\s+)?(?:familias|personas|pacientes|miembros|niños|niñas|padres|madres|residentes|clientes|vecinos)(?![\p{L}])/iu);
const COUNTED_PERSONAL = lazyRegex(() => /(?<![\p{L}])(?:\d+(?:,\d{3})*|sets of|pairs of)\s+(?:(?:new|more|other|first-time|proud|happy|healthy)\s+)?$/u);

/** The organisation's jobs, and services named after the people they serve, as a regex alternation (built on first use). */
const SERVICE_NOUNS = ['services', 'team', 'medicine', 'psychiatry', 'psychology', 'dentistry', 'unit', 'program', 'programme', 'ward', 'department'];
let jobs: { ours: RegExp; after: RegExp } | undefined;
function jobPatterns() {
  const occupations = peopleCues().lists.staffOccupations.map(escape).join('|');
  return (jobs ??= {
    ours: new RegExp(`^our\\s.*(?:${occupations})s?$`, 'iu'),
    after: new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${occupations}|${SERVICE_NOUNS.join('|')})s?(?![\\p{L}])`, 'iu'),
  });
}

/** "our admissions nurse": the organisation's own, no one in its care. */
const isOurStaff = (phrase: string) => jobPatterns().ours.test(phrase);

/** "child life specialists", "adolescent services": a job or a service named after the people it serves. */
const inJobTitle = (sentence: string, c: Cue) => jobPatterns().after.test(sentence.slice(c.start + c.word.length, c.start + c.word.length + 40));

const ORGAN_GIFT = lazyRegex(() => /(?<![\p{L}])(?:organ|organs|heart|kidney|liver|lung|lungs|marrow|cornea|transplant|transplanted)(?![\p{L}])/iu);
const MILESTONE_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:first|1st|second|next)\s+$/iu);
/** MILESTONE_BEFORE on the 12 characters before `at`, asked only when they end in "st" (or "ſt"), "nd" or "xt" and spaces, as every match does. */
function milestoneBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let i = at;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at || i - 2 < from) return false;
  const [a, b] = [text.charCodeAt(i - 2) | 0x20, text.charCodeAt(i - 1) | 0x20];
  if (!((b === 0x74 && (a === 0x73 || a === 0x78 || a === 0x17f)) || (b === 0x64 && a === 0x6e))) return false;
  return MILESTONE_BEFORE().test(text.slice(from, at));
}
const inside = (c: Cue, t: Cue) => c.start >= t.start && c.start < t.start + t.word.length;

/** The first match of `re` in a span after a cue (offsets relative to the span). */
function after(re: Matcher, text: string, span: Span, cue: Cue): Cue | undefined {
  const from = cue.start + cue.word.length;
  const found = firstIn(re, text.slice(span.start + from, span.end), whole);
  return found && { word: found.word, start: found.start + from };
}

const IN_HANDLE = /@[\w.]*$/;
/** "Walt from the 2nd floor" places a person; "smoke was visible from the third floor" places no one. */
const FLOOR_CUE = /^from the \S+ floor$/i;
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]+\s+$/u;
const floorOfNoOne = (m: RegExpExecArray) => FLOOR_CUE.test(m[0]) && !NAME_BEFORE.test((m.input ?? '').slice(Math.max(0, m.index - 30), m.index));

const OUR_OLDEST_OLD = lazyRegex(() => /(?<![\p{L}])our\s+(?:very\s+own\s+|own\s+)?(\d{2,3})[- ]years?[- ]old\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu);
/** Accepts an OUR_OLDEST_OLD match over 89 whose person is none of the organisation's staff, volunteers or donors. */
let organisationsOwn: Set<string> | undefined;
function ourVeryOld(m: RegExpExecArray): Cue | undefined {
  if (Number(m[1]) < 90) return undefined;
  if (!organisationsOwn) {
    const { staffTitles, lists } = peopleCues();
    organisationsOwn = new Set([...staffTitles, ...[...lists.staffOccupations, ...lists.layRoles].map((w) => w.toLowerCase())]);
  }
  return m[2].toLowerCase().split(/\s+/).some((w) => organisationsOwn!.has(w)) ? undefined : { word: m[0].slice(0, m[0].length - m[2].length).trimEnd(), start: m.index };
}

const SERVICE_DETERMINER = /(?<![\p{L}])(?:our|the|a|an|this)\s+$/iu;
/** "Our pre-op class", "the discharge team": a one-word cue naming a service or its staff, not a stage of someone's care. */
function serviceNamedFor(m: RegExpExecArray): boolean {
  if (/\s/.test(m[0])) return false;
  const input = m.input ?? '';
  const end = m.index + m[0].length;
  return SERVICE_AFTER().test(input.slice(end, end + 20)) && SERVICE_DETERMINER.test(input.slice(Math.max(0, m.index - 8), m.index));
}

/** "pt education moment", "pt safety week", "knows every pt's dog's name": the shorthand for patients in general. */
const PT_SERVICE_AFTER = lazyRegex(() => /^\s+(?:education|ed|safety|experience|portal|info|satisfaction|advocacy|advocates?|engagement|resources?|care|centered|first)(?![\p{L}])/iu);
const anyPatient = (input: string, start: number, end: number) => PT_SERVICE_AFTER().test(input.slice(end, end + 16)) || ANYONE_BEFORE().test(input.slice(Math.max(0, start - 8), start));

/**
 * A patient cue that names no patient here: "PT" in capitals is physical therapy and "TX" Texas; a cue inside a handle
 * or an email ("@dr.jaepark.pt"); a floor or a service named for no one; someone checking others in; a symptom;
 * a word in quotes, a part played, or a word naming an event ("our Resident Art Show").
 */
export function namesNoPatient(m: RegExpExecArray): boolean {
  const input = m.input ?? '';
  return (
    m[0] === 'PT' ||
    (/^pts?$/i.test(m[0]) && anyPatient(input, m.index, m.index + m[0].length)) ||
    m[0] === 'TX' ||
    IN_HANDLE.test(input.slice(Math.max(0, m.index - 40), m.index)) ||
    floorOfNoOne(m) ||
    serviceNamedFor(m) ||
    notMeantAsPatient(m)
  );
}

/** The cues of every sentence span of one segment's text, in span order. */
export function describeSpans(text: string, spans: readonly Span[], cues: CueLists): SentenceCues[] {
  const each = (re: Matcher, accept?: Accept) => firstInEachSpan(re, text, spans, accept);
  const health = healthInEachSpan(text, spans, cues);
  const [taking, dosed, doseFirst, drugNoun] = DRUG_MATCHERS.map(({ re, accept, needs }) => (needs && !needs.test(text) ? [] : each(re, accept)));
  // "volunteering in our ICU": a unit next to a work word is a workplace, not a stay (work words only looked up then).
  // "pt" is the clinical shorthand for a patient; a file name's "pt-20931" may still name one (namesNoPatient).
  const patient = each(cues.patient, (m) => (namesNoPatient(m) ? undefined : whole(m)));
  // "folks like our 97-year-old WWII veteran in Granger": one of the organisation's own people over 89, not its staff.
  if (/our\s/i.test(text) && /\d\d[- ]year/i.test(text)) each(OUR_OLDEST_OLD(), ourVeryOld).forEach((c, k) => { if (c && !patient[k]) patient[k] = c; });
  const unit = patient.map((c) => c !== undefined && cues.unitCues.has(c.word.toLowerCase()));
  if (unit.some(Boolean)) {
    const work = each(cues.workWords);
    unit.forEach((isUnit, k) => isUnit && work[k] && (patient[k] = undefined));
  }
  // A personal word inside the health term is part of its name ("Mother" in "Mother-Baby unit"): look past it.
  const personal = each(cues.personal).map((first, k) => {
    let c = first;
    if (c && health[k] && inside(c, health[k]!)) return after(cues.personal, text, spans[k], health[k]!);
    // "Teen Anxiety Skills", "New Parents Circle": a word of a group's or program's name, no one in particular.
    if (!c) return c;
    const sentence = text.slice(spans[k].start, spans[k].end);
    if (inGroupName(sentence, c)) return undefined;
    // "child life specialists", "family nurse practitioner": a job named after the people it serves.
    // "41 sets of twins", "2,318 moms": people counted, no one in particular.
    // Look past up to four such words: "Every kiddo admitted ... will go home with a new friend" names no one at all.
    for (let n = 0; c && n < 4 && (inJobTitle(sentence, c) || COUNTED_PERSONAL().test(sentence.slice(Math.max(0, c.start - 24), c.start)) || noOneInParticular(sentence, c)); n++) {
      c = after(cues.personal, text, spans[k], c);
    }
    return c;
  });
  // "As a public health nurse and a mom, I ...": what the writer is.
  const rolePerson = each(cues.rolePerson, (m) => (isOurStaff(m[0]) || /(?<![\p{L}])as\s+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index)) ? undefined : whole(m)));
  const aged = each(AGED());
  const born = /\d\s*(?:lb|pound|kg|kilo|gramo|oz|ounce)/i.test(text) ? each(BIRTH_WEIGHT()) : [];
  const preterm = /weeks?\b|weeker/i.test(text) ? each(GESTATION()) : [];
  // Composed injuries are looked up only where the lists found no health term.
  const injured = health.every(Boolean) ? [] : each(injuryRegex(), (m) => (FAKE_BEFORE().test(text.slice(Math.max(0, m.index - 40), m.index)) ? undefined : whole(m)));
  const tested = health.every(Boolean) || !/\d|low|high|range|normal|elevated|charts/i.test(text) ? [] : each(LAB_VALUE);
  // An organ or blood gift is care, not the organisation's fundraising ("a donation-after-circulatory-death donor heart").
  // "first 5K since surgery": a person's milestone, not the organisation's event.
  const org = each(cues.org).map((c, k) => (c && ((/^don/i.test(c.word) && ORGAN_GIFT().test(text.slice(spans[k].start, spans[k].end))) || milestoneBefore(text, spans[k].start + c.start)) ? undefined : c));
  return spans.map((_, k) => ({
    patient: patient[k],
    health: health[k] ?? taking[k] ?? dosed[k] ?? doseFirst[k] ?? drugNoun[k] ?? born[k] ?? preterm[k] ?? injured[k] ?? tested[k],
    personal: personal[k] ?? rolePerson[k] ?? aged[k],
    org: org[k],
  }));
}
