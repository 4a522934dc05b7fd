import { type BoundedRegex, boundedRegex, matchSpans, unionSource } from '../../text/leading-boundary.js';
import { gateRegex, mayMatch } from '../../text/word-gate.js';
import { wordsRegex } from '../../text/words.js';
import { ageSource } from '../../text/ages.js';
import type { ComboRuleSpec } from '../../model/rule-spec.js';
import { cueLists, rawCues } from '../../lexicons/cue-lists.js';
import { peopleCues } from '../../lexicons/people-cues.js';
import type { Hit, PostHit } from '../../model/rule.js';
import { IMAGINED, partOfStory } from '../../context/post.js';
import { within } from '../../context/people.js';
import { animalName, animalOwnsCare } from '../../context/entity-kinds.js';
import { staffSpeaksAt } from '../../context/staff.js';
import type { PostContext, Sentence } from '../../model/post.js';
import { lazyRegex } from '../../text/lazy-regex.js';
import { allMatches } from '../../text/all-matches.js';
import { anyMatch } from './any-match.js';

/** "41-year-old", "41 years old", "aged 41", "age 41". Age and sex alone never single anyone out. */
const AGE = lazyRegex(() => new RegExp(`\\b${ageSource({ weeks: true })}\\b|\\bage[sd]? \\d{1,3}\\b`, 'i'));
/** Someone's own: "her hip replacement", "he was admitted". */
const PRONOUN = lazyRegex(() => /(?<![\p{L}])(?:her|his|she|he)(?![\p{L}])/iu);
const QUESTION = lazyRegex(() => /^\s*(?:what|how|which|when|why|should|is|are|can|could|does|do|would|will)\b|\?\s*$/i);

/** Spans of every match of a global regex. */
const spans = (re: RegExp | BoundedRegex | undefined, text: string): (readonly [number, number])[] =>
  !re ? [] : re instanceof RegExp ? (!mayMatch(re, text) ? [] : allMatches(text, re)).map((m) => [m.index!, m.index! + m[0].length] as const) : matchSpans(re, text);

/**
 * Quasi-identifiers (DESIGN.md, point 4): in a patient story, a detail that
 * singles the person out — a first or superlative, a notable event, a public
 * role — or what the person does (an occupation, a school) together with a
 * specific age or a place. The finding sits on the detail. A general
 * question ("How is asthma treated in a 50-year-old teacher?") describes no
 * one in particular, so age with an occupation does not count there.
 */
export function compileCombo(spec: ComboRuleSpec) {
  const details = Object.entries(spec.details).map(([name, patterns]) => {
    // Made on first use: the one-file run asks only `found` (parsing the three unions cost it about 2 ms).
    const re = lazyRegex(() => boundedRegex(unionSource(patterns), 'giu'));
    return { name, re, found: anyMatch(patterns) };
  });
  const extra = spec.withAge.length ? wordsRegex(spec.withAge, 'gi') : undefined;
  return (ctx: PostContext, hits: Hit[]): PostHit[] => {
    const out: PostHit[] = [];
    ctx.sentences.forEach((s, k) => {
      // A question does not make a described person anyone ("Guess which WKHB morning anchor chipped a tooth?").
      let found: (readonly [number, number])[] | undefined;
      // An office holder counts in a sentence about someone's own care ("the mayor ... her hip replacement").
      const described = () => (found ??= [...describedPeople(s.text), ...(PRONOUN().test(s.text) ? officeHolders(s.text) : [])]);
      // A public role is a person too: "#17 on the Fairbanks Ice Dogs, who lost two front teeth".
      const publicRole = () => details.some(({ name, found }) => name === 'public role' && found(s.text));
      if (!partOfStory(ctx, s, k) && !(healthNear(ctx, k) && !s.public && (described().length || publicRole()))) return;
      // "the principal of Lincoln Elementary, whose golden retriever Sunny came through her splenectomy": the pet's care.
      if (s.health && animalOwnsCare(s.text, s.health.start)) return;
      const add = (start: number, end: number, evidence: string) =>
        out.push({ segment: s.segment, start: s.start + start, end: s.start + end, evidence });
      for (const { name, re } of details) for (const [a, b] of spans(re(), s.text)) add(a, b, `a ${name} detail about a patient`);
      // "Paramedic of the Year" is an award to staff, not what a patient does.
      const notStaff = ([a, b]: readonly [number, number]) => !AWARD().test(s.text.slice(b, b + 20)) && !OURS().test(s.text.slice(Math.max(0, a - 30), a)) && !NAMED_FOR().test(s.text.slice(Math.max(0, a - 30), a));
      // "The Channel 5 evening anchor", "the mayor", "the little boy from Pine Hollow": one person, described.
      const one = described().filter(notStaff);
      if (one.length) {
        for (const [a, b] of one) add(a, b, 'a description that points at one person');
        return;
      }
      // "I caught my first baby in 2006 as a nervous student in Tucson": what the writer was.
      // "As a nurse, I ...", "Hi, I'm Renata Okafor, charge nurse on our oncology unit": the writer's own job.
      // "CHRIS DOLAN, LCSW: I was a 24-year-old line cook": a staff speaker's own past, in a script.
      const writersOwn = ([a]: readonly [number, number]) => (WRITER_FIRST().test(s.text) && AS_A_BEFORE().test(s.text.slice(Math.max(0, a - 30), a))) || SELF_INTRO_BEFORE().test(s.text.slice(Math.max(0, a - 60), a)) || (I_WAS_BEFORE().test(s.text.slice(Math.max(0, a - 40), a)) && staffSpeaksAt(s.text, a));
      const roles = [...spans(cueLists().roles, s.text), ...spans(extra, s.text)].filter(notStaff).filter(([a, b]) => !MADE_THING_BEFORE().test(s.text.slice(Math.max(0, a - 30), a)) && !OFFICE_NOT_PERSON().test(s.text.slice(b, b + 40)) && !TITLE_OF_NAME().test(s.text.slice(b, b + 30)) && !GROUP_AFTER().test(s.text.slice(b, b + 20)) && !noOnesJob(s.text, a, b) && !writersOwn([a, b]) && !animalName(s.text, a, b) && !CHILD_AGE_BEFORE().test(s.text.slice(0, a)) && !FIGURATIVE().test(s.text.slice(Math.max(0, a - 40), a) + '\u0000' + s.text.slice(b, b + 20)));
      if (!roles.length) return;
      const place = placeIn(s, hits);
      if (place) for (const [a, b] of roles) add(a, b, 'what the person does, together with a place');
      // "Picture a 16-year-old midfielder who plants, pivots and hears a pop": a case made up to make a point.
      else if ((AGE().test(s.text) || ageIn(s, hits)) && !QUESTION().test(s.text) && !IMAGINED.test(s.text)) for (const [a, b] of roles) add(a, b, 'what the person does, together with a specific age');
    });
    return out;
  };
}

/**
 * Health words in the sentence, or in the next one when it goes on about the
 * same person by pronoun ("a certain Channel 6 weather anchor ... ☀️ Hydrafacial
 * + a bit of Dysport and she's camera ready!").
 */
function healthNear(ctx: PostContext, k: number): boolean {
  const s = ctx.sentences[k];
  if (s.health) return true;
  const next = ctx.sentences[k + 1];
  if (next !== undefined && next.segment === s.segment && next.health !== undefined && next.personal !== undefined && PRONOUN().test(next.personal.word)) return true;
  // "Happy ONE YEAR sober to J. ... If you've heard the best drummer in Millbrook play, you know how much that man has to celebrate."
  const prev = ctx.sentences[k - 1];
  return prev !== undefined && prev.segment === s.segment && prev.health !== undefined && s.personal !== undefined && !s.public;
}

function placeIn(s: Sentence, hits: Hit[]): Hit | undefined {
  return hits.find((h) => h.rule.spec.category === 'location' && within(h, s));
}

/**
 * An age the age rules found in the sentence ("the retired postmaster of Quill Hollow, 71, who ..."), not one
 * that follows a name ("Maureen Castellano, 63, an Oak Ridge Public Library branch manager"): there the name is
 * what identifies, and the name rules judge it.
 */
const ageIn = (s: Sentence, hits: Hit[]) =>
  hits.some((h) => h.rule.spec.category === 'age' && within(h, s) && !hits.some((n) => n.rule.spec.category === 'name' && n.segment === h.segment && n.end <= h.start && h.start - n.end <= 3));

/** A determiner, up to five words, then a role (cues.yaml, roles): a noun phrase describing someone. */
let phrases: { role: RegExp; office: RegExp; person: RegExp } | undefined;
let staffJobs: Set<string>;
/** What makes such a phrase point at one person: a name or number, a local office, or where they work. */
const NAMED_MODIFIER = lazyRegex(() => /\p{Lu}|\d/u);
/** "our home health nurse": the organisation's own staff, not what a patient does. */
const OURS = lazyRegex(() => /(?<![\p{L}])our\s+(?:[\p{L}-]+\s+){0,2}$/iu);
/** "a wing named for the former state senator": an honoree, not a patient. */
const NAMED_FOR = lazyRegex(() => /(?<![\p{L}])(?:named (?:for|after)|in honou?r of|honou?ring|dedicated to)\s+$/iu);
const AWARD = lazyRegex(() => /^\s+of\s+the\s+(?:year|month|week)(?![\p{L}])/iu);
const AGE_WORDS = lazyRegex(() => new RegExp(ageSource({ weeks: true }), 'giu'));
const ONLY = lazyRegex(() => /(?<![\p{L}])(?:only|sole|lone)(?![\p{L}])/iu);
/** "our favorite weather guy", "our hometown realtor": someone the readers know, not the organisation's own. */
const KNOWN_TO_READERS = lazyRegex(() => /(?<![\p{L}])our\s+(?:favou?rite|fave|fav|beloved|hometown)(?![\p{L}])/iu);
const LOCAL_OFFICE = lazyRegex(() => /(?<![\p{L}])(?:city|county|town|village|state|district)(?![\p{L}])/iu);
/** Where the person belongs: "of Brookhaven", "at the Blue Heron Diner", "of the state champions". */
const WHERE = lazyRegex(() => /^[\s,]+(?:(?:at|of|from|on|for|in)\s+(?:the\s+)?(?:\p{Lu}|\d)|of\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:champions|champs|title team)(?![\p{L}]))/u);
/** A past event that happened to that one person: "the bride who came in", "the boy who swallowed a magnet". */
const WHO_DID = lazyRegex(() => /^[\s,]+who\s+(?:(?:was|were|had|got|came|fell|went|ran|broke|drove|took|spent|found|lost|ate|swallowed|walked|rode|jumped|sat)|[\p{L}]+ed)(?![\p{L}])/iu);
/** What one known person does in town: "the guy who runs the Elks Lodge fireworks show", "the woman who owns the bakery on Main". */
const WHO_RUNS = lazyRegex(() => /^[\s,]+who\s+(?:runs|owns|manages|coaches|hosts|organizes|organises|leads|drives|delivers|sells|plays|sings|directs|founded|started)\s+(?:(?:the|a|that|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:\p{Lu}|(?:bakery|diner|shop|store|cart|truck|stand|team|band|choir|show|parade|market|restaurant|cafe|café|bar|gym|salon|farm|league|church|barn|booth|fair|rodeo|auction|co-op|elevator|club|lodge|troop|pantry)(?![\p{L}]))/u);
/** A public figure's office followed by what it does in public, not by their care: "the mayor's proclamation". */
const OFFICE_NOT_PERSON = lazyRegex(() => /^(?:['’]s\s+(?:office|proclamation|staff|team|council|award|challenge|cup)|\s+(?:proclaimed|declared|signed|announced|spoke|joined|visited|cut|presented|thanked|attended|toured|opened))(?![\p{L}])/iu);

/** "This 6-year-old boxer": a child's age (or an animal's) before a job word; no one that young holds the job. */
const CHILD_AGE_BEFORE = lazyRegex(() => /(?<![\d])(?:[1-9]|1[0-3])[- ](?:years?|yrs?|months?|weeks?)[- ]old\s+(?:[\p{L}-]+\s+)?$/iu);

/** "Chief Medical Officer", "Child Life Manager": a capitalised job inside a title, which names staff. */
const TITLE_CASE_BEFORE = lazyRegex(() => /\p{Lu}[\p{L}&-]*\s+$/u);
const NAME_COMMA_BEFORE = lazyRegex(() => /\p{Lu}[\p{L}'’-]+,\s*$/u);
const WRITER_FIRST = lazyRegex(() => /^\W*I(?:['’]ve|['’]d)?\s/u);
const SELF_INTRO_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:I['’]m|I am|[Mm]y name is)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3},\s*(?:(?:a|an|the|our|your)\s+)?(?:[\p{L}-]+\s+){0,2}$/u);
const I_WAS_BEFORE = lazyRegex(() => /(?<![\p{L}])I\s+(?:was|am)\s+(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,2}$/u);
const AS_A_BEFORE = lazyRegex(() => /(?<![\p{L}])as\s+an?\s+(?:[\p{L}-]+\s+){0,2}$/iu);
/** "the student volunteers", "nurse volunteers", "coach clinic": a role naming a group of helpers or an event, no one's job. */
/** "like the senior queen she is", "a true rock star": a role said in praise, no one's job. */
const FIGURATIVE = lazyRegex(() => /(?:(?<![\p{L}])like\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}\u0000\s+(?:she|he|they|you)\s+(?:is|are|were|was)(?![\p{L}])|(?<![\p{L}])(?:true|total|absolute|real|little)\s+\u0000)/iu);
const GROUP_AFTER = lazyRegex(() => /^\s+(?:volunteers|workers|ambassadors|interns|helpers|groups?|leaders|members|teams?|employees|staff|athletes|clubs?|clinics?|workshops?|trainings?|classes|class|courses?|certifications?|appreciation|day|week|night|breakfast|luncheon)(?![\p{L}])/iu);
/** "a whole chocolate Santa", "the inflatable snowman": a thing made in a role's shape, no one at all. */
const MADE_THING_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:chocolate|candy|foil-wrapped|inflatable|plush|stuffed|toy|ceramic|wooden|gingerbread|cookie|sugar|marshmallow|cardboard|paper|lego|snow)\s+(?:[\p{L}-]+\s+)?$/iu);
/** "ANCHOR:", "NURSE 1:": a speaker's label in a script. */
const SPEAKER_LABEL = lazyRegex(() => /^\s*\d*\s*:/u);
/** "two nurse practitioners", "14 paramedics": jobs counted. */
const COUNTED_JOB = lazyRegex(() => /(?<![\p{L}\d,])(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+(?:[\p{L}-]+\s+)?$/iu);
/** "a produce prescription pilot with ...", "the pilot program": a trial, not a flier. */
const PILOT_PROGRAM = lazyRegex(() => /^s?\s+(?:with|program|programme|project|study|phase|site|sites)(?![\p{L}])/iu);

/** A role word that names no one's job: part of a title, a speaker's label, jobs counted, a pilot program. */
function noOnesJob(text: string, start: number, end: number): boolean {
  const role = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  // "Chief Medical Officer", "ANCHOR:", "Jake Morris, Paramedic,": a title written with capitals, in a title or after a name.
  if (/^\p{Lu}/u.test(role) && (TITLE_CASE_BEFORE().test(before) || NAME_COMMA_BEFORE().test(before) || role === role.toUpperCase())) return true;
  return SPEAKER_LABEL().test(text.slice(end, end + 4)) || COUNTED_JOB().test(before) || (/^pilot$/i.test(role) && PILOT_PROGRAM().test(text.slice(end, end + 20)));
}

const NAMED_POSSESSOR = "\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}['’]s";
/** "our town's longtime oldies host": the town's own, known to everyone in it. */
const TOWNS_OWN = "our (?:town|city|village|county|community)['’]s";
/** A job at a named place: "the manager at the Quik-Fill", "the deckhand on the F/V Northern Dawn" (not "for 15 years"). */
const ELSEWHERE = lazyRegex(() => /^[\s,]+(?:at|on|from)\s+(?:the\s+)?\p{Lu}/u);
const AT_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:at|in|from|to|near|outside|behind|inside)\s+$/iu);
/** A place of care after a job: "the practice manager at Riverside Family Dental" is the organisation's. */
const CARE_PLACE_AFTER = lazyRegex(() => /^[\s,]+(?:at|of|from|on|for|in)\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}'’&.-]*\s+){0,4}?(?:Hospital|Clinic|Health|Medical|Dental|Pharmacy|Care|Center|Centre|Practice|Hospice|Rehab|Urgent|Imaging|Lab|Surgery|Vision|Eye|Pediatrics|Family)(?![\p{L}])/u);
/** A modifier that makes a job care work: "nurse manager", "clinic host". */
const staffWord = (modifiers: string) => /(?<![\p{L}])(?:nurse|nursing|clinic|practice|office|unit|pharmacy|patient|care|front desk|our)(?![\p{L}])/iu.test(modifiers);
const DETERMINER = lazyRegex(() => /^(?:the|a|an|one|which|that|this)\s/i);
/** "Mayor Linda Farrow", "Engineer Michael Daley": the role is the title of the person named right after it. */
const TITLE_OF_NAME = lazyRegex(() => /^\s+\p{Lu}\p{Ll}+(?:\s+["“]\p{Lu}\p{Ll}+["”])?\s+\p{Lu}/u);
/** "our town's", "our favorite": the openings of the role phrase that start with "our" (not "our Tuesday night men's group, I coach"). */
const OURS_KNOWN = lazyRegex(() => new RegExp(`^(?:${TOWNS_OWN}|our (?:favou?rite|fave|fav|beloved|hometown))`, 'iu'));
/** The capitalised words that end a possessor: "Westfield High" in "We treated Westfield High". */
const NAMED_TAIL = lazyRegex(() => /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*$/u);
const OWNER_OF = lazyRegex(() => /(?<![\p{L}])the\s+(?:co-?)?owners?\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/gu);
const UNTIL_ROLE = '((?:(?!(?:at|of|in|on|for|with|and|or|to|from|who|that|by|is|was|has|had)\\s)[^\\s.!?;:,]+\\s+){0,5})';

function describing() {
  const words = (key: string) => wordsRegex(rawCues()[key]).source;
  return {
    // "Westfield High's starting quarterback": a named team or school's possessive is a determiner too;
    // "our favorite weather guy" is someone the readers know, not the organisation's own.
    // Every match holds a role whole: the roles' word gate rules texts out (text/word-gate.ts).
    role: gateRegex(new RegExp(`(?<![\\p{L}])(?:the|a|an|one|which|(?:that|this)(?!\\s+(?:morning|afternoon|evening|night|week|weekend|month|year|season|semester|winter|spring|summer|fall|autumn|time)(?![\\p{L}]))|our (?:favou?rite|fave|fav|beloved|hometown)|${TOWNS_OWN}|${NAMED_POSSESSOR})\\s+${UNTIL_ROLE}(${cueLists().roles.source})`, 'giu'), cueLists().roleGate),
    office: new RegExp(`(?<![\\p{L}])the\\s+(${words('uniqueOffices')})`, 'giu'),
    // "the 7-year-old from Millbrook": an age used as a noun is a person too.
    person: new RegExp(`(?<![\\p{L}])the\\s+${UNTIL_ROLE.replace('{0,5}', '{0,3}')}(${words('personNouns')}|\\d{1,3}-(?:year|month|week)-old(?![\\p{L}-]))`, 'giu'),
  };
}

/**
 * The spans of the phrases in a sentence that describe one particular person:
 * by role and a specific modifier ("the Pilot Knob mail carrier", "the Bengals'
 * starting left tackle", "the county judge", "a line cook at the Blue Heron
 * Diner"), or as a person
 * from a place or of a past event ("the little boy from Pine Hollow", "the
 * bride who came in from her reception"). A role on its own ("a bartender")
 * is anyone. Offices one person holds are `officeHolders`.
 */
export function describedPeople(text: string): (readonly [number, number])[] {
  phrases ??= describing();
  // Not "our": "our nurse" is the organisation's own; not its staff's jobs ("a former L&D nurse" in a staff spotlight).
  staffJobs ??= new Set(peopleCues().lists.staffOccupations.map((w) => w.toLowerCase()));
  const out: (readonly [number, number])[] = [];
  const after = (end: number, n = 40) => text.slice(end, end + n);
  for (const m of mayMatch(phrases.role, text) ? allMatches(text, phrases.role) : []) {
    const end = m.index! + m[0].length;
    // "This morning State Senator Ramona Ellis ...": a time, not a determiner.
    if (/^(?:this|that)\s+(?:morning|afternoon|evening|week|weekend|month|year)(?![\p{L}])/iu.test(m[0])) continue;
    // "CHRIS DOLAN, LCSW: I was a 24-year-old line cook": a staff speaker's own past.
    if (/(?<![\p{L}])I\s+(?:was|am)\s+$/u.test(text.slice(Math.max(0, m.index! - 8), m.index!)) && staffSpeaksAt(text, m.index!)) continue;
    // A count is no name: "the 38 veteran volunteers".
    const modifiers = m[1].replace(AGE_WORDS(), '').replace(/^\d[\d,]*\s+/, '');
    if (MADE_THING_BEFORE().test(modifiers)) continue;
    // "the only chemistry teacher in Gilmore", "the only veterinarian in Nome", "Guess which morning anchor": one person, even unnamed.
    const one = ONLY().test(modifiers) || (/^which\s/i.test(m[0]) && /(?<![\p{L}])guess\s+$/iu.test(text.slice(Math.max(0, m.index! - 10), m.index!)));
    const known = KNOWN_TO_READERS().exec(m[0]);
    // "the overnight manager at the Quik-Fill": a job at a named place that gives no care is no staff's job.
    const elsewhere = ELSEWHERE().test(after(end)) && !CARE_PLACE_AFTER().test(after(end, 60)) && !staffWord(modifiers);
    if (!one && !elsewhere && staffJobs.has(m[2].toLowerCase())) continue;
    // "last year's pilot", "Meet his friend's nurse": a possessor with a word in lower case is no named team or school
    // (the i flag lets \p{Lu} match any letter, so the words are checked here).
    // The match may open on words before the name ("We treated Westfield High's starting quarterback"): the name's run of capitals starts it.
    let start = m.index!;
    const possessor = /^([^'’]*)['’]s\s/u.exec(m[0])?.[1];
    if (possessor !== undefined && !DETERMINER().test(m[0]) && !OURS_KNOWN().test(m[0])) {
      const named = NAMED_TAIL().exec(possessor);
      if (!named) continue;
      start += named.index;
    }
    // "the Harbor County Sheriff's Office": the office at work, not a person.
    if (OFFICE_NOT_PERSON().test(after(end))) continue;
    // "at the Rusty Anchor": a role word capitalised inside a proper name after "at" is a place (not "the County Fair Queen came in").
    if (/^\p{Lu}/u.test(m[2]) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(m[1]) && AT_BEFORE().test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (known) out.push([m.index! + known.index, end]);
    else if (one || !DETERMINER().test(m[0]) || NAMED_MODIFIER().test(modifiers) || LOCAL_OFFICE().test(modifiers) || WHERE().test(after(end))) out.push([start, end]);
  }
  // "the owner of Rosie's Diner": the one who owns a named business.
  for (const m of allMatches(text, OWNER_OF())) out.push([m.index!, m.index! + m[0].length]);
  for (const m of allMatches(text, phrases.person)) {
    const end = m.index! + m[0].length;
    // "the only woman on the overnight forklift crew": one person, even unnamed.
    if (ONLY().test(m[1] ?? '') || WHERE().test(after(end)) || WHO_DID().test(after(end)) || WHO_RUNS().test(after(end, 80))) out.push([m.index!, end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** "The mayor", "the sheriff": an office one person holds, unless what follows is the office at work ("the mayor's proclamation"). */
export function officeHolders(text: string): (readonly [number, number])[] {
  phrases ??= describing();
  return allMatches(text, phrases.office)
    .filter((m) => !OFFICE_NOT_PERSON().test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)))
    .map((m) => [m.index!, m.index! + m[0].length] as const);
}
