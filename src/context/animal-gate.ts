import { rawCues } from '../lexicons/cue-lists.js';
import { ANIMAL_EMOJI } from './entity-kinds.js';
import { escape } from '../text/word-trie.js';

/**
 * A cheap test that rules out the animal regexes of the context model
 * (entity-kinds.ts, pets.ts) for a whole text: each needs an animal word or
 * emoji in it. Those regexes run on slices of the text, and a slice may cut
 * a word ("cat" at the end of "bobcat", "Lab" at the start of "Labrador"),
 * but never on both sides of one: the words a regex wants around the animal
 * word, or the slice's length, keep one side whole. So a match needs an
 * animal word that starts or ends a word of the text.
 * The test is looser than the regexes: every case of the words (only "Lab"
 * is matched as written), ASCII letters as the word boundaries. Without the
 * `u` flag V8 scans this about three times faster; the two letters that
 * `iu` folds into ASCII ones (`ſ`, the Kelvin sign) open the test.
 */
let gate: { any: RegExp; bounded: RegExp; lab: RegExp } | undefined;

const FOLDED_INTO_ASCII = /[\u017f\u212a]/;

/** False only when no animal regex of the context model can match in `text` or any slice of it. */
export function mayMentionAnimal(text: string): boolean {
  if (!gate) {
    const words = [...rawCues().animals.filter((w) => w === w.toLowerCase()), 'animal'].map(escape).join('|');
    gate = {
      // Found anywhere first, then tried at that place with its boundaries: a plain alternation scans about twice as fast.
      any: new RegExp(`(?:${words})|${ANIMAL_EMOJI}`, 'gi'),
      bounded: new RegExp(`(?<![a-z])(?:${words})|(?:${words})s?(?![a-z])|${ANIMAL_EMOJI}`, 'iy'),
      lab: new RegExp(rawCues().animals.filter((w) => w !== w.toLowerCase()).map((w) => `(?<![a-zA-Z])${escape(w)}|${escape(w)}s?(?![a-zA-Z])`).join('|') || '(?!)'),
    };
  }
  return anyBounded(text, gate.any, gate.bounded) || gate.lab.test(text) || FOLDED_INTO_ASCII.test(text);
}

/** Whether `bounded` (sticky) matches where `any` (global, the same words without boundaries) finds a word. */
function anyBounded(text: string, any: RegExp, bounded: RegExp): boolean {
  any.lastIndex = 0;
  for (let m; (m = any.exec(text)); ) {
    bounded.lastIndex = m.index;
    if (bounded.test(text)) return true;
    any.lastIndex = m.index + 1;
  }
  return false;
}
