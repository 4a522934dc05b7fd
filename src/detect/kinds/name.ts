import type { NameRuleSpec } from '../../model/rule-spec.js';
import { joinedForCare, lastWords, peopleCues } from '../../lexicons/people-cues.js';
import { STATE_AFTER } from '../../lexicons/states.js';
import { placePopulation } from '../../lexicons/stats.js';
import type { Match, Segment } from '../../model/types.js';
import type { Nlp } from '../../model/rule.js';
import { ANY_STOP, sentenceAround } from '../../text/sentences.js';
import { isPlaceRun, isUnknown, runsOf, statsOf, type Run } from './name-runs.js';
import { COMMON, isCommon } from '../../lexicons/stats.js';
import { tokenize, type Token } from '../../text/tokens.js';
import type { RegexEngine } from '../../text/regex.js';
import { makeFilter } from '../../text/words.js';
import { shapedNames } from './name-shapes.js';
import { isDrugName } from '../../lexicons/drug-names.js';
import { isSpace } from '../../text/chars.js';
import { staffRole } from '../../context/staff.js';

/**
 * Person names. The SSA first-name and Census surname tables decide most
 * runs of capitalised words; words that are also common English ("Hope",
 * "Will", "May") need more evidence: a title ("Baby Hope"), a relative or
 * greeting before ("his wife, Ingrid", "Hi Siobhan"), an age after ("Faith
 * is 8"), an initial or a surname. Staff and public figures (a professional
 * title or credentials) are left out. Runs the tables cannot explain go to
 * compromise, one sentence at a time, and only then.
 */
type Verdict = 'name' | 'maybe' | 'staff' | undefined;

const AGE_AFTER = /^(?:\.?\s*,\s*(?:aged?\s+)?\d{1,3}\s*,|\s*\(\s*(?:aged?\s+)?\d{1,3}\s*\)(?!\s*\d{3}[\s.-]?\d{4})|\s+(?:is|was|turned|turns)\s+\d{1,3}(?:\s+(?:years?|months?)(?:\s+old)?)?(?=\s+(?:and|now|today|this|years?)\b|\s*[,.!;]))/i;
/** "..., Chris;" or "Thanks so much, Mei-Ling!": a name addressed directly. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear']);
const vocativeBefore = (lead: string) => lead.trimEnd().endsWith(',') || GREETINGS.has(lastWords(lead, 1)[0]);
const VOCATIVE_AFTER = /^\s*(?:[!?;]|[,.]?\s*$|[.,]\s*\n)/;
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'that', 'their']);
const LOWER_NOUN_AFTER = /^\s+(\p{Ll}+)/u;
/** Spanish words that follow a name and are no English noun: "por", "que", "y". */
const SPANISH_AFTER = new Set(['por', 'para', 'de', 'del', 'que', 'y', 'en', 'con', 'quien', 'quienes', 'su', 'sus', 'el', 'la', 'los', 'las', 'al', 'se', 'le', 'les', 'tras', 'desde', 'durante']);

/** Words after "Ella" that make it the Spanish pronoun "she": a verb or a Spanish function word. */
const SPANISH_PRONOUN_AFTER = /^\s+(?:misma|sola|también|tambien|no|se|le|lo|la|les|nos|me|es|era|fue|está|esta|estaba|tiene|tenía|tenia|habla|ha|había|dice|dijo|quiere|puede|sabe|vive|trabaja|atiende|llegó|llego|y|que)(?![\p{L}])/iu;
/** "Director of Nursing Alma Reyes", "Head of Rehab Services Jo Park": a title of a department, then the name (capitalised: no i flag, under which \p{Lu} is any letter). */
// "our amazing Director of Nursing, Lorraine Baptiste": the comma of an apposition may come before the name.
const TITLE_OF_BEFORE = /(?<![\p{L}])(?:Director|Chief|Head|Manager|VP|Vice President|Dean|Chair|Supervisor|Coordinator|Lead)\s+of\s+(?:\p{Lu}[\p{L}&'’-]*,?\s+(?:(?:and|&)\s+)?){1,4}$/u;
/** Dotted abbreviations that are not initials ("Washington D.C.", "9 a.m."). */
const NOT_INITIALS = new Set(['DC', 'US', 'UK', 'AM', 'PM', 'NY', 'LA', 'ER', 'ED', 'OR', 'MD', 'DO', 'RN', 'PA', 'NP', 'ID', 'TV', 'PO']);
/** An imperative at the start of a sentence ("Mark your calendars", "Will you join us?", "Call (617) 555-0100"). */
/** "in Ashgrove", "on Cape Cod": a place after a name, not a verb's particle (a day or month is a verb's object). */
const IN_PLACE_AFTER = /^\s+(?:in|on)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))\p{Lu}\p{Ll}/u;
const IMPERATIVE_AFTER = /^\s+(?:(?:your|the|our|a|an|my|this|that|these|those|it|us|them|me|you|up|down|out|in|on)\b|\(?\+?\d)/i;

const SPANISH_MONTH_BEFORE = /(?<![\p{L}])(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)\s+$/u;

function judge(text: string, run: Run): Verdict {
  const { words } = run;
  if (!words.length) return undefined;
  const cues = peopleCues();
  const named = words.filter((t) => !t.initial);
  const stats = named.map((t) => statsOf(t.text));
  // Plain words ("Parking", "Visiting hours") are no name whatever surrounds them.
  if (!run.titled && named.length === words.length && !stats.some((s) => s.first || s.sur || isUnknown(s))) return undefined;
  const start = words[0].start;
  const last = words[words.length - 1];
  const lead = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(last.end + (last.possessive ? 2 : 0), last.end + 40);
  // "Darnell joined us 18 months ago after his second overdose": joined for care, not to work.
  // Every TITLE_OF_BEFORE match holds " of ": most leads are answered without the regex (77,000 runs a bench run).
  if (run.staff || cues.staffBefore.test(lead) || (cues.staffAfter.test(after) && !joinedForCare(text.slice(last.end, last.end + 100))) || (lead.includes('of') && TITLE_OF_BEFORE.test(lead))) return 'staff';
  // "Marcus Lane, Peer Recovery Specialist": a name that ends on a street word, then a job.
  if (run.org && words.length === 2 && statsOf(words[0].text).first >= 1000 && staffRole(text, start, last.end) !== undefined) return 'staff';
  if (endsWithDigit(lead)) return undefined; // "4 West", "15 Mill", "3-Tesla"
  if (SPANISH_MONTH_BEFORE.test(lead)) return undefined; // "Octubre Rosa", "Noviembre Azul": a month's campaign
  const initials = words.filter((t) => t.initial).map((t) => t.text).join('');
  if (initials.length > 1 && NOT_INITIALS.has(initials)) return undefined;
  const cued = run.titled || cues.personBefore.test(lead) || AGE_AFTER.test(after) || (vocativeBefore(lead) && VOCATIVE_AFTER.test(after));
  // An organisation word ends the run ("... Hospital") unless a title or cue says person ("patient Hyun-woo Park").
  if (run.org && !(cued && named.length && named.length <= 3 && stats[stats.length - 1].sur >= 1000)) return undefined;
  // A greeting or a relative word makes a country or state a person ("Hi Jordan", "her daughter Georgia").
  if (!cued && isPlaceRun(text, run.all)) return undefined;
  if (words.length === 1 && STATE_AFTER.test(after)) return undefined; // "Lincoln, Nebraska"
  const noun = LOWER_NOUN_AFTER.exec(after)?.[1];
  // "a Mercy nurse", "the Smith house": a name used as a modifier. Not Spanish "a Luis Ortiz por su cirugía" ("a" is "to").
  if (noun && !cues.familyWords.has(noun) && !SPANISH_AFTER.has(noun) && (cues.orgWords.has(noun) || (!run.titled && DETERMINERS.has(lastWords(lead, 1)[0])))) return undefined;

  if (cued) {
    if (!named.length) return run.titled || words.length > 1 ? 'name' : undefined; // "patient T.M.", "Baby A."
    const personish = stats.some((s) => s.first || s.sur || isUnknown(s));
    return run.titled || (personish && !isPlaceWord(named, stats)) ? 'name' : undefined;
  }
  if (!named.length) return undefined;
  if (named.length < words.length) return stats.some((s) => s.first || s.sur) ? 'name' : undefined;
  if (named.length >= 2) {
    const f = stats[0];
    const l = stats[stats.length - 1];
    const strong = stats.some((s) => !isCommon(s));
    // "Carry Narcan.", "Try Flonase": a verb and a brand, not a first name and a surname.
    if (!l.sur && isDrugName(last.text)) return undefined;
    if (f.first && (l.sur || l.first || isUnknown(l)) && strong) return 'name';
    if (stats.every((s) => !isCommon(s) && (isUnknown(s) || s.sur))) return 'maybe';
    return undefined;
  }
  // A lone first name; one far more common as a surname ("West", "Price") or as a city ("Dallas"),
  // or an imperative ("Mark your calendars"), is not enough.
  const s = stats[0];
  // Not before a place: "Roberta in Ashgrove came in for her labs" (a verb would take a day: "Mark in Monday's date").
  if (words[0].sentenceStart && IMPERATIVE_AFTER.test(after) && !IN_PLACE_AFTER.test(after)) return undefined;
  // "Ella misma se operó", "Ella habla español": the Spanish pronoun, not the name.
  if (/^ella$/i.test(words[0].text) && SPANISH_PRONOUN_AFTER.test(after)) return undefined;
  if (placePopulation(words[0].text) > 5 * s.first) return undefined;
  return s.first >= 200 && s.common < COMMON && s.first * 10 >= s.sur ? 'name' : undefined;
}

/** `/\d-?/.test(lead.trimEnd().slice(-2))`, without the copies and the regex call ("4 West", "a 3-Tesla MRI"). */
function endsWithDigit(lead: string): boolean {
  let i = lead.length - 1;
  while (i >= 0 && isSpace(lead.charCodeAt(i))) i--;
  if (i > 0 && lead.charCodeAt(i) === 0x2d) i--;
  const c = i >= 0 ? lead.charCodeAt(i) : 0;
  return c >= 0x30 && c <= 0x39;
}

/** A lone word that is a known place and not a first name ("Riverbend"): the place rules own it. */
function isPlaceWord(named: Token[], stats: { first: number }[]): boolean {
  return named.length === 1 && !stats[0].first && placePopulation(named[0].text) > 0;
}

interface Candidate extends Match {
  verdict: 'name' | 'maybe' | 'staff';
}

/** Capitalised names; a later "Grace" is staff too when "Grace Liu, RN" came first. */
function titleCandidates(text: string): Candidate[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const toks = tokenize(text);
  const out: Candidate[] = [];
  const staff = new Set<string>();
  for (const run of runsOf(text, toks)) {
    const verdict = judge(text, run);
    if (verdict === 'staff') {
      // Reported, marked as staff: the context model keeps it out of the errors.
      for (const w of run.words) staff.add(w.text);
      out.push({ start: run.words[0].start, end: run.words[run.words.length - 1].end, verdict, staff: true });
    } else if (verdict && (run.words.length > 1 || !staff.has(run.words[0].text))) {
      out.push({ start: run.words[0].start, end: run.words[run.words.length - 1].end, verdict });
    }
  }
  return out;
}

const LOWER_INITIAL_AFTER = /^ [a-z]\.(?=\s|$)/;
const LOWER_CUE = /(?:^|\s)(?:patient|resident|baby|little|son|daughter|wife|husband|mom|dad|brother|sister|grandson|granddaughter)\s+$/;

/** "patient luis ortega", "so proud of maria gonzalez": both words in the tables, neither common English. */
function lowerCandidates(text: string): Candidate[] {
  const toks = tokenize(text);
  const out: Candidate[] = [];
  const good = (t: Token, key: 'first' | 'sur') => !t.cap && !t.initial && statsOf(t.text)[key] >= 1000 && !isCommon(statsOf(t.text));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!good(t, 'first')) continue;
    const u = toks[i + 1];
    const initial = LOWER_INITIAL_AFTER.exec(text.slice(t.end, t.end + 4));
    if (u && text.slice(t.end, u.start) === ' ' && good(u, 'sur')) {
      out.push({ start: t.start, end: u.end, verdict: 'name' });
      i++;
    } else if (initial) {
      // "congrats to jess r. on 6 months sober": a first name and an initial, written in lower case.
      out.push({ start: t.start, end: t.end + initial[0].length, verdict: 'name' });
    } else if (LOWER_CUE.test(text.slice(Math.max(0, t.start - 20), t.start))) {
      out.push({ start: t.start, end: t.end, verdict: 'name' });
    }
  }
  return out;
}

/** Whether compromise, reading the candidate's sentence (up to any stop, kept), finds a person there. */
function confirmedByNlp(nlp: Nlp, text: string, c: Candidate): boolean {
  const s = sentenceAround(text, c, ANY_STOP, { keepEnd: true });
  const people = nlp(text.slice(s.start, s.end)).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return people.some((p) => s.start + p.offset.start < c.end && s.start + p.offset.start + p.offset.length > c.start);
}

export function compileName(spec: NameRuleSpec, engine: RegexEngine): { detect: (text: string, segment?: Segment, nlp?: Nlp) => Match[]; needsNlp: (text: string) => boolean } {
  const find = spec.lowercase ? lowerCandidates : (text: string) => [...titleCandidates(text), ...shapedNames(text).map((m) => ({ ...m, verdict: 'name' as const }))];
  const accept = makeFilter(spec, engine);
  let last: { text: string; found: Candidate[] } | undefined;
  const candidates = (text: string) => {
    if (last?.text !== text) last = { text, found: find(text) };
    return last.found;
  };
  return {
    needsNlp: (text) => candidates(text).some((c) => c.verdict === 'maybe'),
    // Without the model (needsNlp said no), a run only compromise could confirm is no name.
    detect: (text, _segment, nlp) =>
      candidates(text)
        .filter((c) => c.verdict !== 'maybe' || (nlp !== undefined && confirmedByNlp(nlp, text, c)))
        .map(({ start, end, staff }) => (staff ? { start, end, staff } : { start, end }))
        .filter((m) => accept(text, m)),
  };
}
