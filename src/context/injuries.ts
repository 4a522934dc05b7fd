import { rawCues } from '../lexicons/cue-lists.js';
import { escape, trieAlternation } from '../text/word-trie.js';
import { gateRegex } from '../text/word-gate.js';

/**
 * Injuries and procedures composed from a body part, as a health cue: the
 * word lists cannot hold every "broken ankle", "fractured left wrist",
 * "ankle scope", "torn rotator cuff", "hamstring repair" or "MRI of his
 * shoulder". The lists are in data/context/cues.yaml.
 */
let injury: RegExp | undefined;

/**
 * A surgery or scope named by its Greek suffix, whatever the organ: "blepharoplasty",
 * "tonsillectomy", "tracheostomy", "arthroscopy", "craniotomy", "orchiopexy".
 * Four letters at least before the suffix: "ostomy" alone is in the lists.
 */
const PROCEDURE_WORD = '(?!dichotom)\\p{L}{4,}(?:ectom(?:y|ies)|plast(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|oscop(?:y|ies)|opex(?:y|ies)|orrhaph(?:y|ies))';

/** Something swallowed that should not be: "swallowed 14 magnets", "swallowed a button battery", "ingested a coin". */
const SWALLOWED = '(?:swallowed|swallowing|ingested)\\s+(?:(?:a|an|the|two|three|several|\\d{1,3})\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:magnets?|batter(?:y|ies)|coins?|pins?|tacks?|screws?|nails?|marbles?|beads?|pods?|detergent|bleach|pills|tablets|gummies|edibles?|toothpicks?|bones?|fish ?bones?|earrings?|pushpins?)';

export function injuryRegex(): RegExp {
  if (injury) return injury;
  const raw = rawCues();
  const alt = (key: string) => trieAlternation(raw[key], true);
  const part = `(?:${alt('bodyParts')})`;
  const side = '(?:(?:a|an|the|his|her|their|my|your|left|right|both|upper|lower|of|two|three|four|five|six)\\s+){0,4}';
  const sources = [
    `(?:${alt('injuredBy')})\\s+${side}${part}`,
    `${part}\\s+(?:${alt('injuryAfter')})`,
    SWALLOWED,
    `(?:${alt('imagingOf')})\\s+(?:of|on)\\s+(?:his|her|their|my|your|the|a)\\s+(?:left\\s+|right\\s+)?${part}`,
  ];
  // Global: describe.ts finds the first match in each sentence in one pass.
  injury = new RegExp(`(?<![\\p{L}])(?:${sources.join('|')}|${PROCEDURE_WORD})(?![\\p{L}])`, 'giu');
  return gateRegex(injury, { mayMatch: injuryGate(raw) });
}

/**
 * A cheap test that rules out the injury regex (text/word-gate.ts, mayMatch):
 * every match holds an injury, imaging or surgery word and a body part, or a
 * word for swallowing, or a procedure's suffix; each of those words lies
 * between non-letters. The test takes ASCII letters as the boundaries and the
 * `i` flag alone (V8 scans this several times faster than under `iu`); the
 * two letters that `iu` folds into ASCII ones (`ſ`, the Kelvin sign) open it.
 */
function injuryGate(raw: Record<string, string[]>): (text: string) => boolean {
  const words = (...keys: string[]) => `(?<![a-z])(?:${keys.flatMap((k) => raw[k]).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z])`;
  const acts = new RegExp(words('injuredBy', 'injuryAfter', 'imagingOf'), 'i');
  const parts = new RegExp(words('bodyParts'), 'i');
  const alone = /(?<![a-z])(?:swallowed|swallowing|ingested)(?![a-z])|ectom|plast|otom|ostom|oscop|opex|orrhaph/i;
  return (text) => (acts.test(text) && parts.test(text)) || alone.test(text) || /[\u017f\u212a]/.test(text);
}
