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

/** Taking something out of a body part, and something lodged in one: verbs of two sources below, which the gate looks for too. */
const TAKEN_OUT = ['removed', 'removing', 'pulled', 'pulling', 'dug', 'digging', 'extracted', 'took'];
const LODGED = ['buried', 'lodged', 'stuck', 'embedded', 'impaled'];
/** Things that go through a body part: "a treble hook through his thumb", "a nail through her foot". */
const PIERCING = ['hook', 'hooks', 'fishhook', 'fishhooks', 'nail', 'nails', 'splinter', 'shard', 'needle', 'arrow', 'dart', 'staple'];
/** Wounds on a body part: "a nasty fryer burn on her forearm", "a deep cut to his palm". */
const WOUND_ON = ['burn', 'burns', 'cut', 'cuts', 'gash', 'laceration', 'blister', 'blisters', 'bite', 'sting', 'rash', 'bruise', 'scrape', 'wound', 'abscess', 'infection'];

/** Care done to a body part: "the fix on both eyes", "injections in her knee", "laser on his left eye". */
const WORK_ON = ['fix', 'repair', 'procedure', 'injection', 'injections', 'shots', 'laser', 'surgery', 'work'];
/** A body part someone owns getting better: "your knee bounced back", "Mason's wrist is healing" (not "her heart is healing"); the name's own letters may be blanked, as the context reads a sentence. */
const RECOVERED = ['bounced back', 'bouncing back', 'healed', 'healing', 'recovered', 'recovering', 'feels better', 'feeling better', 'mending'];

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
    // "removed a treble hook from Darnell's earlobe", "pulled a splinter out of her palm": something taken out of a body part.
    // The match stops before the person ("Darnell's" is a name the context reads on its own).
    `(?:${TAKEN_OUT.join('|')})\\s+(?:out\\s+)?(?:a|an|the|two|three|\\d{1,2})\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+(?=\\s+(?:from|out\\s+of)\\s+(?:his|her|their|the|a|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:left\\s+|right\\s+)?${part}(?![\\p{L}]))`,
    // "a fishhook buried in her thumb": an object lodged in a body part.
    `(?:${LODGED.join('|')})\\s+(?:deep\\s+)?in\\s+(?:his|her|their|the|a)\\s+(?:left\\s+|right\\s+)?${part}`,
    `(?:${PIERCING.join('|')})\\s+(?:all\\s+the\\s+way\\s+)?(?:through|thru|into)\\s+(?:his|her|their|the|a)\\s+(?:left\\s+|right\\s+)?${part}`,
    `(?:${alt('imagingOf')})\\s+(?:of|on)\\s+(?:his|her|their|my|your|the|a)\\s+(?:left\\s+|right\\s+)?${part}`,
    `(?:${WOUND_ON.join('|')})\\s+(?:on|to)\\s+(?:his|her|their|my|your|the)\\s+(?:left\\s+|right\\s+)?${part}`,
    `(?:${WORK_ON.join('|')})\\s+(?:on|to|in)\\s+${side}${part}`,
    `(?:your|his|her|their|my|[\\p{L}-]{0,30}['’]s)\\s+(?:left\\s+|right\\s+|new\\s+)?(?!heart)${part}\\s+(?:(?:is|has|was|had|already|finally|fully)\\s+){0,2}(?:${RECOVERED.join('|')})`,
  ];
  // Global: describe.ts finds the first match in each sentence in one pass.
  injury = new RegExp(`(?<![\\p{L}])(?:${sources.join('|')}|${PROCEDURE_WORD})(?![\\p{L}])`, 'giu');
  return gateRegex(injury, { mayMatch: injuryGate(raw) });
}

/**
 * A cheap test that rules out the injury regex (text/word-gate.ts, mayMatch):
 * every match holds an injury, imaging, surgery, removal, lodging or piercing word and
 * a body part, or a word for swallowing, or a procedure's suffix (a new
 * source must give the test its words too); each of those words lies
 * between non-letters. The test takes ASCII letters as the boundaries and the
 * `i` flag alone (V8 scans this several times faster than under `iu`); the
 * two letters that `iu` folds into ASCII ones (`ſ`, the Kelvin sign) open it.
 */
function injuryGate(raw: Record<string, string[]>): (text: string) => boolean {
  const words = (list: string[]) => `(?<![a-z])(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z])`;
  const acts = new RegExp(words([...raw.injuredBy, ...raw.injuryAfter, ...raw.imagingOf, ...TAKEN_OUT, ...LODGED, ...PIERCING, ...WOUND_ON, ...WORK_ON, ...RECOVERED]), 'i');
  const parts = new RegExp(words(raw.bodyParts), 'i');
  const alone = /(?<![a-z])(?:swallowed|swallowing|ingested)(?![a-z])|ectom|plast|otom|ostom|oscop|opex|orrhaph/i;
  return (text) => (acts.test(text) && parts.test(text)) || alone.test(text) || /[\u017f\u212a]/.test(text);
}
