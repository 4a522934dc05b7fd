import { cueLists } from '../lexicons/cue-lists.js';
import { firstNames, isCommon, surnames, wordStats } from '../lexicons/stats.js';
import { isDrugName } from '../lexicons/drug-names.js';
import { findTerms } from '../text/terms.js';
import { injuryRegex } from './injuries.js';

/**
 * What an image's file name says: "maria-gonzalez-hip-surgery.jpg" names a
 * person and her care as plainly as a caption would. Names are read from the
 * name tables: a first name followed by a surname, neither a common word.
 */
export interface FileNameReading {
  /** The words of the person's name, lower case ("maria gonzalez"). */
  person?: string[];
  /** The person is a family, by its surname ("henderson-twins", "okafor-family"). */
  family?: boolean;
  /** A given name or surname standing alone, when no whole name is found ("lorraine-walking-garden.jpg", "chaplain-mensah.jpg"). */
  given?: string;
  /** A health term in the file name ("hip surgery"). */
  care?: string;
  /** A word that makes the person staff, a volunteer or a donor ("volunteer-harold-breen.jpg", "dr-lee-headshot.jpg"). */
  role?: string;
}

/** The words of a file name: its last path part without the extension, split at "-", "_", "." and digits. */
export function fileNameWords(ref: string): string[] {
  const base = ref.replace(/[?#].*$/, '').split('/').pop() ?? '';
  // "AliceNakamura", "KMontoya": camel case joins a name's words.
  const spaced = base.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  // "3d", "4k", "2x": a digit with a letter or two is a format, never an initial.
  return spaced.toLowerCase().split(/[-_.\s]+/).flatMap((w) => (/^\d+\p{L}{1,2}$/u.test(w) ? [w] : w.split(/\d+/))).filter((w) => w.length > 0);
}

const isFirst = (w: string) => firstNames().get(w) >= 500 && !isCommon(wordStats(w));
/** Words that make a surname before them a family: "henderson-twins". */
const FAMILY_WORDS = new Set(['twins', 'triplets', 'family', 'kids', 'boys', 'girls', 'baby', 'babies', 'sisters', 'brothers']);
/** File-name words for the organisation's own people. */
const ROLE_WORDS = new Set(['volunteer', 'volunteers', 'staff', 'headshot', 'headshots', 'employee', 'nurse', 'dr', 'doctor', 'chaplain', 'donor', 'donors', 'board', 'aide', 'therapist', 'pharmacist', 'hygienist', 'intern', 'retirement', 'retiree', 'spotlight', 'bio']);
const isSurname = (w: string) => surnames().get(w) >= 100 && !isCommon(wordStats(w));

export function readFileName(ref: string): FileNameReading {
  const words = fileNameWords(ref);
  // A first name and a surname ("alice nakamura"), an initial and a surname either way ("k montoya", "ferreira a"),
  // or a label's surname first ("hollister martin").
  const initial = (w: string | undefined) => w !== undefined && w.length === 1;
  const at = words.findIndex(
    (w, i) =>
      i + 1 < words.length &&
      ((isFirst(w) && isSurname(words[i + 1])) || (initial(w) && isSurname(words[i + 1]) && words[i + 1].length > 3) || (isSurname(w) && w.length > 3 && initial(words[i + 1])) ||
        // "rx-label-hollister-martin-oxycodone.jpg": a surname that is no given name, then a given name, as on a label.
        (isSurname(w) && w.length > 3 && firstNames().get(w) < 50 && isFirst(words[i + 1]) && words[i + 1].length > 3)),
  );
  // "compound-keppra-henderson-twins.jpg", "garza-family-discharge.jpg": a surname and the family word that makes it people.
  // "nicu_reunion_twins_okafor": the family word may come first.
  const after = at >= 0 ? -1 : words.findIndex((w, i) => w.length > 3 && isSurname(w) && FAMILY_WORDS.has(words[i + 1] ?? ''));
  const before = at >= 0 || after >= 0 ? -1 : words.findIndex((w, i) => i > 0 && w.length > 3 && isSurname(w) && !isFirst(w) && FAMILY_WORDS.has(words[i - 1]));
  const family = after >= 0 ? after : before >= 0 ? before - 1 : -1;
  // "screenshot-visit-mwilson-0611-rash.png": an initial run into a surname, as user names are written.
  const runIn = at >= 0 || family >= 0 ? -1 : words.findIndex((w) => w.length >= 5 && /^[a-z]+$/.test(w) && isSurname(w.slice(1)) && w.length - 1 >= 4 && surnames().get(w) < 100 && !isFirst(w) && !isCommon(wordStats(w)));
  const text = words.join(' ');
  const term = findTerms(text, cueLists().health, 1)[0];
  injuryRegex().lastIndex = 0;
  const injury = term ? undefined : injuryRegex().exec(text);
  injuryRegex().lastIndex = 0;
  // "compound-keppra-henderson-twins.jpg": a medicine's name is care too.
  const drug = term || injury ? undefined : words.find((w) => w.length >= 5 && isDrugName(w) && !isCommon(wordStats(w)));
  const role = words.find((w) => ROLE_WORDS.has(w));
  const given = at >= 0 ? undefined : words.find((w) => w.length > 2 && (isFirst(w) || isSurname(w)));
  return {
    // Only with care beside it: "thanks.png" is no "T. Hanks".
    ...(at >= 0 ? { person: words.slice(at, at + 2) } : family >= 0 ? { person: words.slice(family, family + 2), family: true } : runIn >= 0 && (term || injury) ? { person: [words[runIn][0], words[runIn].slice(1)] } : {}),
    ...(given ? { given } : {}),
    ...(term ? { care: text.slice(term.start, term.end) } : injury ? { care: injury[0] } : drug ? { care: drug } : {}),
    ...(role ? { role } : {}),
  };
}
