import { buildSets, findTerms, type TermSets } from '../detectors/lexicon.js';
import { wordsRegex } from '../detectors/words.js';
import { loadList } from '../lexicons/files.js';

/** A piece of evidence found in a sentence, quoted in the finding's reason. */
export interface Cue {
  kind: 'patient' | 'health';
  word: string;
}

/** Words that say the sentence is about someone receiving care. */
const PATIENT_WORDS = wordsRegex([
  'patient', 'patients', 'our patient', 'my patient', 'client', 'resident', 'admitted', 'admission',
  'discharged', 'discharge', 'diagnosed', 'underwent', 'treated for', 'was treated', 'recovering',
  'recovery', 'was seen', 'your visit', 'your appointment', 'your procedure', 'your results', 'your file',
  'your chart', 'born', 'birthday', 'passed away', 'in hospice',
]);

let healthSets: TermSets | undefined;

/** Evidence in one sentence that a person in it is a patient. */
export function findCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  const p = PATIENT_WORDS.exec(sentence);
  if (p) cues.push({ kind: 'patient', word: p[0] });
  // Lay lists only: the ICD-10 titles are too broad for a per-sentence cue.
  healthSets ??= buildSets(['conditions-common', 'procedures', 'care-settings'].flatMap(loadList), undefined);
  const h = findTerms(sentence, healthSets)[0];
  if (h) cues.push({ kind: 'health', word: sentence.slice(h.start, h.end) });
  return cues;
}
