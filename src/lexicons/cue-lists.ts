import { buildSets, type TermSets } from '../text/terms.js';
import { gateRegex, type WordGate, WordGates } from '../text/word-gate.js';
import { type Matcher, PhraseMatcher } from '../text/phrase-matcher.js';
import { loadList } from './files.js';
import { cachedSets } from './term-cache.js';
import { cachedGateWords, cachedWordsSource } from './word-sources.js';
import { readYamlData } from './yaml-data.js';

/** The cue word lists of data/context/cues.yaml, compiled once on first use. */
export interface CueLists {
  /** Found from word lookups (text/phrase-matcher.ts), with the `lastIndex` and `exec` of the global regex they replace. */
  patient: Matcher;
  personal: Matcher;
  org: Matcher;
  replyKeys: Set<string>;
  /** JSON keys of what the public wrote (a review, a comment). */
  publicKeys: Set<string>;
  replyMarkers: RegExp;
  metadataKeys: Set<string>;
  /** Occupations and activities that describe a person ("the cyclist"). */
  roles: RegExp;
  /** A role used as a person: "a firefighter", "the farmer". */
  rolePerson: RegExp;
  /** The roles' words: a regex that holds `roles` whole can be gated by it (text/word-gate.ts). */
  roleGate: WordGate;
  health: TermSets;
  /** Patient cues that only name a unit, and the work words that make them a workplace. */
  unitCues: Set<string>;
  workWords: Matcher;
  /** Phrases that say a post's people are invented. */
  fiction: RegExp;
  /** Phrases that decline to confirm anyone's care. */
  declines: RegExp;
  /** Phrases that say a person chose to tell their own health story ("she asked us to share her story"). */
  selfDisclosure: RegExp;
}

/** ICD-10 single words are kept only when they are unmistakably medical ("bursitis", not "cough"). */
const MEDICAL_WORD = /(?:itis|osis|oma|emia|aemia|pathy|pathies|algia|plasia|iasis|ectomy|otomy|ostomy|trophy|plegia|paresis|rrhea|rrhoea|uria|cele|philia)$/;

/** The lists of health terms (the build-time term sets are keyed by their contents). */
const HEALTH_LISTS = ['conditions-common', 'procedures', 'care-settings', 'care-terms', 'conditions'];

function healthTerms(): string[] {
  const pick = (list: string) => (list === 'conditions' ? loadList(list).filter((t) => t.includes(' ') || MEDICAL_WORD.test(t)) : withNumberVariants(loadList(list)));
  return HEALTH_LISTS.flatMap(pick);
}

/**
 * A hand-kept phrase in the singular and the plural ("kidney stones" and "a
 * kidney stone"): the last word of a lower-case phrase gains or loses a plain
 * "s". The ICD-10 names are formal and kept as written.
 */
export function withNumberVariants(terms: string[]): string[] {
  const out = [...terms];
  for (const t of terms) {
    const m = /^([a-z][a-z' -]* )([a-z]{3,})$/.exec(t);
    if (!m) continue;
    const last = m[2];
    if (/(?:ss|us|is)$/.test(last)) continue;
    if (last.endsWith('s')) out.push(m[1] + last.slice(0, -1));
    else if (!/(?:x|y|ch|sh|z)$/.test(last)) out.push(m[1] + last + 's');
  }
  return out;
}

let raw: Record<string, string[]> | undefined;
let lists: CueLists | undefined;

/** The lists as written in data/context/cues.yaml. */
export function rawCues(): Record<string, string[]> {
  raw ??= readYamlData('data/context/cues.yaml') as Record<string, string[]>;
  return raw;
}

export function cueLists(): CueLists {
  if (lists) return lists;
  const raw = rawCues();
  // Global flags so callers can find every occurrence; callers reset lastIndex. The sources are prebuilt (word-sources.ts).
  const re = (key: string, flags = 'giu') => new RegExp(cachedWordsSource(raw[key]), flags);
  const phrases = (key: string) => new PhraseMatcher(raw[key]);
  // The lists whose words are rare enough that most texts are ruled out by a word lookup (text/word-gate.ts, mayMatch).
  const gates = new WordGates();
  const gated = <T extends Matcher>(key: string, matcher: T) => gateRegex(matcher, gates.add(cachedGateWords(raw[key])));
  const roleGate = gates.add(cachedGateWords(raw.roles));
  lists = {
    patient: gated('patient', phrases('patient')),
    personal: gated('personal', phrases('personal')),
    org: phrases('org'),
    replyKeys: new Set(raw.replyKeys.map((k) => k.toLowerCase())),
    publicKeys: new Set(raw.publicKeys.map((k) => k.toLowerCase())),
    replyMarkers: gated('replyMarkers', re('replyMarkers', 'iu')),
    metadataKeys: new Set(raw.metadataKeys.map((k) => k.toLowerCase())),
    roles: gateRegex(re('roles'), roleGate),
    // "the Pike County Sheriff's Office" is the office, not a person. Every match holds a role: the roles' gate.
    rolePerson: gateRegex(new RegExp(`(?<!\\w)(?:a|an|the|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?${cachedWordsSource(raw.roles)}(?!['’]s\\s+(?:office|department|dept)(?![\\p{L}]))`, 'giu'), roleGate),
    roleGate,
    health: cachedSets({ lists: HEALTH_LISTS, terms: raw.careExtra }, () => buildSets([...healthTerms(), ...raw.careExtra], undefined)),
    unitCues: new Set(raw.unitCues.map((c) => c.toLowerCase())),
    workWords: phrases('workWords'),
    fiction: gated('fictionMarkers', re('fictionMarkers', 'iu')),
    declines: gated('declines', re('declines', 'iu')),
    selfDisclosure: gated('selfDisclosure', re('selfDisclosure', 'iu')),
  };
  return lists;
}
