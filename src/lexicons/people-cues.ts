import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LEXICON_DIR } from './files.js';

/** The word lists of data/lexicons/people-cues.yaml, compiled once on first use. */
export interface PeopleCues {
  personTitles: Set<string>;
  staffTitles: Set<string>;
  orgWords: Set<string>;
  stopWords: Set<string>;
  familyWords: Set<string>;
  countries: Set<string>;
  /** Tests the text just before a name: a staff title ("team captain", "speaker:"). */
  staffBefore: RegExp;
  /** Tests the text just after a name: credentials or a staff role (", RN", ", our head of"). */
  staffAfter: RegExp;
  /** Tests the text just before a name: a relative, a patient, a greeting ("his wife,", "Hi"). */
  personBefore: RegExp;
  /** The one-word entries of personBefore, peeled off the front of a run ("Hi Siobhan", "Meet Anna"). */
  personBeforeWords: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

let cues: PeopleCues | undefined;

export function peopleCues(): PeopleCues {
  if (cues) return cues;
  const raw = parse(readFileSync(path.join(LEXICON_DIR, 'people-cues.yaml'), 'utf8')) as Record<string, string[]>;
  const set = (key: string) => new Set(raw[key].map((w) => w.toLowerCase()));
  cues = {
    personTitles: set('personTitles'),
    staffTitles: set('staffTitles'),
    orgWords: set('orgWords'),
    stopWords: set('stopWords'),
    familyWords: set('familyWords'),
    countries: new Set(raw.countries),
    staffBefore: new RegExp(`(?<![\\p{L}])(?:${alt(raw.staffTitles)})\\.?\\s*[:,]?\\s*$`, 'iu'),
    // Credentials are written in capitals ("RN", "PharmD"); "do" after a comma is a verb.
    staffAfter: new RegExp(
      `^,?\\s*(?:(?=[^,]*\\p{Lu}[^,]*\\p{Lu})(?:${alt(raw.credentials)})|(?:${alt(raw.staffAfter)}))(?![\\p{L}])`,
      'iu',
    ),
    personBefore: new RegExp(`(?<![\\p{L}])(?:${alt(raw.personBefore)})\\s*,?\\s*$`, 'iu'),
    personBeforeWords: new Set(raw.personBefore.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())),
  };
  return cues;
}
