import { escape } from '../text/word-trie.js';
import { rawCues } from '../lexicons/cue-lists.js';
import { peopleCues } from '../lexicons/people-cues.js';

let animal: { before: RegExp; after: RegExp } | undefined;

function compileAnimals() {
  // Lower-case entries match any case of their first letter; "Lab" only as written (a lab is also a laboratory).
  const form = (w: string) => (w === w.toLowerCase() ? `[${w[0]}${w[0].toUpperCase()}]${escape(w.slice(1))}` : escape(w));
  const words = rawCues().animals.map(form).sort((a, b) => b.length - a.length).join('|');
  return {
    // "our office Lab, Rocky", "golden retriever Waffles"
    before: new RegExp(`(?<![\\p{L}])(?:${words})s?,?\\s+$`, 'u'),
    // "Biscuit, a 17-year-old beagle mix", "Meet Waffles! Our 3-year-old golden retriever", "Bella the golden retriever"
    after: new RegExp(`^(?:['’]s)?[,!.]?\\s+(?:[Aa]|[Aa]n|[Oo]ur|[Tt]he|[Mm]y)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${words})s?(?![\\p{L}])`, 'u'),
  };
}

/** Whether the name at [start, end) is a pet's: an animal word right before or after it. */
export function animalName(text: string, start: number, end: number): boolean {
  animal ??= compileAnimals();
  return animal.before.test(text.slice(Math.max(0, start - 40), start)) || animal.after.test(text.slice(end, end + 60));
}

/** "Tri-County", "Jefferson, Clallam and Kitsap counties": places named in a list or a compound. */
const PLACE_LIST = /^(?:,\s*\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+\s+(?:counties|county|cities|towns|parishes|boroughs)(?![\p{L}])/u;
const AT_PLACE = /(?<![\p{L}])(?:at|in)\s+$/u;
/** "500 Main Street, Austin": the town of an address. */
const AFTER_STREET = /(?<![\p{L}])(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|way|highway|hwy)\.?,\s+$/iu;

/**
 * Whether a one-word name is used as a place or an organisation in this
 * post: "2024 at Harborview", "Magnolia Birth Center" elsewhere in the post,
 * "Tri-County", "Jefferson, Clallam and Kitsap counties".
 */
export function placeLikeName(text: string, start: number, end: number, post: string): boolean {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 80);
  // "She trained at Johns Hopkins": after "at", a name that is not someone's ("at Anna's bedside") is a place.
  if (AT_PLACE.test(text.slice(Math.max(0, start - 4), start)) && !/^(?:['’]s|\s+\p{Lu})/u.test(after)) return true;
  if (/\s/.test(name)) return false;
  const orgWords = peopleCues().orgWords;
  if (name.includes('-') && name.split('-').some((part) => orgWords.has(part.toLowerCase()))) return true;
  if (PLACE_LIST.test(after) || AFTER_STREET.test(text.slice(Math.max(0, start - 14), start))) return true;
  // The same word heading an organisation's name elsewhere ("Magnolia Birth Center").
  const named = new RegExp(`(?<![\\p{L}])${escape(name)}((?:[ \\t]+\\p{Lu}[\\p{L}'’&]*){1,3})`, 'gu');
  for (const m of post.matchAll(named)) if (orgWords.has(m[1].trim().split(/\s+/).at(-1)!.toLowerCase())) return true;
  return false;
}
