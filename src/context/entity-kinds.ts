import { isCommon, placePopulation, wordStats } from '../lexicons/stats.js';
import { escape } from '../text/word-trie.js';
import { rawCues } from '../lexicons/cue-lists.js';
import { peopleCues } from '../lexicons/people-cues.js';
import { lazyRegex } from '../text/lazy-regex.js';
import { allMatches } from '../text/all-matches.js';

/** Animal emoji written after a pet's name ("Pickles! 🐱"). */
export const ANIMAL_EMOJI = '🐱|🐈|🐶|🐕|🐩|🦮|🐺|🐾|🐰|🐇|🐴|🐎|🐢|🐹|🐦|🦜|🐠|🐍|🦎|🐷|🐐|🐑|🐄';

/**
 * An animal word as a regex source: lower-case entries match any case of each
 * word's first letter ("great dane", "Great Dane"); "Lab" only as written (a lab
 * is also a laboratory), and "PET" (the scan) is no pet.
 */
export const animalForm = (w: string) =>
  w === w.toLowerCase() ? w.split(' ').map((part) => `[${part[0]}${part[0].toUpperCase()}]${escape(part.slice(1))}`).join(' ') : escape(w);

let animal: { before: RegExp; after: RegExp; phrase: RegExp } | undefined;

function compileAnimals() {
  const words = rawCues().animals.map(animalForm).sort((a, b) => b.length - a.length).join('|');
  return {
    // "our office Lab, Rocky", "golden retriever Waffles", "their two cats, Tyler and Marion"
    before: new RegExp(`(?<![\\p{L}])(?:${words})s?[,:]?\\s+(?:(?:named|called)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*(?:,\\s*|\\s+(?:and|&)\\s+)){0,3}$`, 'u'),
    // "Biscuit, a 17-year-old beagle mix", "Meet Waffles! Our 3-year-old golden retriever", "Bella the golden retriever"
    // "This 5-year-old lab mix", "our clinic cat", "Esta perrita de 7 años": an animal as the subject of a sentence.
    phrase: new RegExp(`(?<![\\p{L}])(?:[Aa]|[Aa]n|[Oo]ur|[Tt]he|[Mm]y|[Tt]his|[Ee]st[ea]|[Ll]a|[Ee]l|[Uu]na?|[Nn]uestr[ao]|[Mm]i)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${words})s?(?![\\p{L}])`, 'u'),
    // "Rosie — 3-year-old pit mix", "Tank: 8-month-old lab puppy": an age and the animal, with no article.
    // "Duke is a 5-year-old lab mix", "Pepper, her 12-year-old tabby", "Pickles! 🐱": a verb before the article, or an animal emoji.
    // "Meet Luna! 🦋 This 3-year-old husky": any emoji may sit before the next sentence's article; "Meet Duchess! 👑🐱": or before an animal's.
    after: new RegExp(`^(?:['’]s)?(?:[!.:]?\\s*(?:\\p{Extended_Pictographic}\\uFE0F?){0,3}?(?:${ANIMAL_EMOJI})|(?:[,!.]?\\s+(?:(?:\\p{Extended_Pictographic}\\uFE0F?)+\\s+)*(?:(?:is|was|es)\\s+)?(?:[Aa]|[Aa]n|[Oo]ur|[Tt]he|[Mm]y|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Ll]a|[Ee]l|[Uu]na?|[Nn]uestr[ao]|[Ss]u)\\s+(?:[\\p{L}\\d'’-]+,?\\s+){0,3}?|\\s*[,:—–-]\\s*\\d+[- ](?:year|month|week)s?[- ]old\\s+(?:[\\p{L}-]+\\s+){0,2}?)(?:${words})s?(?![\\p{L}]))`, 'u'),
  };
}

/**
 * Capitalised words a text names as animals, whether or not a name rule found
 * them ("Pepper, her 12-year-old tabby": a common word, no person's name).
 */
export function petNamesIn(text: string): string[] {
  animal ??= compileAnimals();
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]+(?![\p{L}])/gu)) {
    const end = m.index! + m[0].length;
    if (animal.after.test(text.slice(end, end + 60)) && !PERSON_BEFORE().test(text.slice(Math.max(0, m.index! - 12), m.index))) out.push(m[0]);
  }
  return out;
}

/** "la familia Ortiz! 🐶", "Mrs. Pell 🐾": a family or a titled person, whatever emoji follows. */
const PERSON_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:familia|family|mr|mrs|ms|miss|mx|sr|sra|srta|señor|señora|don|doña)\.?\s+$/iu);

/** Whether the name at [start, end) is a pet's: an animal word right before or after it. */
export function animalName(text: string, start: number, end: number): boolean {
  animal ??= compileAnimals();
  if (PERSON_BEFORE().test(text.slice(Math.max(0, start - 12), start))) return false;
  return animal.before.test(text.slice(Math.max(0, start - 40), start)) || animal.after.test(text.slice(end, end + 60)) || AGED_LAB_AFTER().test(text.slice(end, end + 50));
}

/** "Luna, a 6-year-old lab": a lab with an age is a dog, not a laboratory ("Lab" as written is one anyway). */
const AGED_LAB_AFTER = lazyRegex(() => /^,?\s+(?:a|an|our|the|this|is\s+a)\s+\d+[- ](?:year|month|week)s?[- ]old\s+(?:(?:yellow|black|chocolate|senior|rescue)\s+)?lab(?![\p{L}])/u);

/** A possessive and the animal it owns: "whose golden retriever", "their new puppy", "su perrita". */
const OWNED_ANIMAL = lazyRegex(() => /(?<![\p{L}])(?:whose|his|her|their|su|sus)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu);

/** Whether the care at `careAt` follows a person's animal: "whose golden retriever Sunny came through her splenectomy". */
export function animalOwnsCare(text: string, careAt: number): boolean {
  for (const m of text.slice(0, careAt).matchAll(OWNED_ANIMAL())) if (mentionsAnimal(m[1])) return true;
  return false;
}

/** Whether a text mentions an animal at all ("Male orange tabby, found Sunday"). */
let anyAnimal: RegExp | undefined;
export function mentionsAnimal(text: string): boolean {
  return animalAt(text) >= 0;
}

/** Where a text first mentions an animal, or -1. */
export function animalAt(text: string): number {
  // "free hot dogs", "corn dogs": food, not animals.
  anyAnimal ??= new RegExp(`(?<![\\p{L}])(?<!(?:[Hh]ot|[Cc]orn|[Cc]hili|[Tt]op|HOT|CORN)\\s)(?:${rawCues().animals.map(animalForm).join('|')})s?(?![\\p{L}])|${ANIMAL_EMOJI}`, 'u');
  return text.search(anyAnimal);
}

let animalWords: RegExp | undefined;
/** Whether a name is part of an animal word around it ("Dane" in "Great Dane"). */
export function insideAnimalWord(text: string, start: number, end: number): boolean {
  mentionsAnimal('');
  animalWords ??= new RegExp(anyAnimal!.source, 'gu');
  const from = Math.max(0, start - 20);
  for (const m of text.slice(from, end + 20).matchAll(animalWords)) {
    const a = from + m.index!;
    if (a <= start && a + m[0].length >= end && m[0].length > end - start) return true;
  }
  return false;
}

/** Whether a sentence speaks of an animal ("This 5-year-old lab mix had knee surgery"). */
export function animalPhrase(text: string): boolean {
  animal ??= compileAnimals();
  return animal.phrase.test(text);
}

/** "Tri-County", "Jefferson, Clallam and Kitsap counties": places named in a list or a compound. */
const PLACE_LIST = lazyRegex(() => /^(?:,\s*\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+\s+(?:counties|county|cities|towns|parishes|boroughs|locations|offices|campuses|branches)(?![\p{L}])/u);
/** "Clay, Marion and Benton counties", "our Marion and Tyler locations", "Chester residents", "Fairview and Roosevelt athletes": the last of a list of places, a site, its people. */
const PLACE_AFTER = lazyRegex(() => /^\s+(?:counties|county|parishes|townships|boroughs|locations?|campus(?:es)?|branch(?:es)?|residents|natives|voters|taxpayers|athletes|students|fans|players|seniors|graduates|alumni|families|neighbors|neighbours|businesses|schools|teams)(?![\p{L}])/u);
const WORD_BEFORE = lazyRegex(() => /(?<![\p{L}])(\p{L}+)\.?\s+$/u);
/** A person's title (people-cues.yaml personTitles, or "Dr.") right before the name. */
function titledPerson(text: string, start: number): boolean {
  const word = WORD_BEFORE().exec(text.slice(Math.max(0, start - 14), start))?.[1].toLowerCase();
  return word !== undefined && (word === 'dr' || peopleCues().personTitles.has(word));
}
const AT_PLACE = lazyRegex(() => /(?<![\p{L}])(?:at|in)\s+$/u);
/** "Helen Park of Shelby": a person's name, then the town they are from. */
const NAMED_OF = lazyRegex(() => /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+of\s+$/u);
/** A given name and a surname before "of" ("Helen Park of"), not "Proud Mom of", "Proud Parents of". */
function namedPersonOf(before: string): boolean {
  const m = NAMED_OF().exec(before);
  if (!m) return false;
  const [given, family] = [wordStats(m[1]), wordStats(m[2])];
  return given.first >= 1000 && !isCommon(given) && family.sur >= 1000;
}
const FAMILY_OF = lazyRegex(() => /(?<![\p{L}])(?:the\s+\p{Lu}[\p{L}'’-]+s|family|families)\s+of\s+$/u);
const AND_A_PLACE = lazyRegex(() => /(?<![\p{L}])(?:in|at|across|serving)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:and|&|or)\s+$/u);
/** "500 Main Street, Austin": the town of an address. */
const AFTER_STREET = lazyRegex(() => /(?<![\p{L}])(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|way|highway|hwy)\.?,\s+$/iu);

/**
 * Whether a one-word name is used as a place or an organisation in this
 * post: "2024 at Harborview", "Magnolia Birth Center" elsewhere in the post,
 * "Tri-County", "Jefferson, Clallam and Kitsap counties".
 */
export function placeLikeName(text: string, start: number, end: number, orgHeads: ReadonlySet<string>): boolean {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 80);
  // "Mr. Kostas (yes, of Kostas Bakery!)": a title makes the name a person's, whatever the same word heads.
  if (titledPerson(text, start)) return false;
  // "She trained at Johns Hopkins": after "at", a name that is not someone's ("at Anna's bedside") is a place.
  if (AT_PLACE().test(text.slice(Math.max(0, start - 4), start)) && !/^(?:['’]s|\s+\p{Lu})/u.test(after)) return true;
  // "the Yamamotos of Austin", "the Garcia family of Marion", "Helen Park of Shelby"; "clinics in Austin and Marion": a town where people live, a second town
  // (not "the family of Eleanor Brandt").
  if (!/\s/.test(name) && placePopulation(name) > 0 && (FAMILY_OF().test(text.slice(Math.max(0, start - 40), start)) || namedPersonOf(text.slice(Math.max(0, start - 30), start)) || AND_A_PLACE().test(text.slice(Math.max(0, start - 40), start))) && !/^(?:['’]s|\s+\p{Lu})/u.test(after)) return true;
  // "our Willow Bend family", "our Cedar Ridge team": the organisation's own site, named.
  if (/\s/.test(name) && OUR_BEFORE().test(text.slice(Math.max(0, start - 5), start)) && OUR_SITE_AFTER().test(after)) return true;
  // "brought Otis to Oak Hollow": a name that ends on a word for land or water is a place or a site.
  if (/\s/.test(name) && PLACE_END().test(name)) return true;
  if (/\s/.test(name)) return false;
  const orgWords = peopleCues().orgWords;
  if (name.includes('-') && name.split('-').some((part) => orgWords.has(part.toLowerCase()))) return true;
  // "Austin native", "Boston-born": a hometown.
  if (/^(?:\s+native|-born|\s+born and raised)(?![\p{L}])/u.test(after)) return true;
  if (PLACE_LIST().test(after) || PLACE_AFTER().test(after) || AFTER_STREET().test(text.slice(Math.max(0, start - 14), start))) return true;
  // "94 from Dunmore, 71 from Eastfield, 63 from Harlow": people counted by where they live.
  if (COUNTED_FROM().test(text.slice(Math.max(0, start - 16), start))) return true;
  // The same word heading an organisation's name elsewhere ("Magnolia Birth Center").
  return orgHeads.has(name);
}

const OUR_BEFORE = lazyRegex(() => /(?<![\p{L}])our\s+$/iu);
const PLACE_END = lazyRegex(() => /\s(?:Hollow|Creek|Ridge|Valley|Heights|Grove|Springs|Falls|Meadows|Crossing|Harbor|Harbour|Bend|Glen|Pines|Oaks|Landing|Commons|Plaza|Pointe|Bluffs|Knolls|Estates)$/u);
const COUNTED_FROM = lazyRegex(() => /(?<![\p{L}\d])\d[\d,]*%?\s+(?:[\p{Ll}]+\s+)?(?:from|in)\s+$/u);
const OUR_SITE_AFTER = lazyRegex(() => /^\s+(?:family|team|community|campus|location|office|crew|site|staff)(?![\p{L}])/iu);

/** A run of capitalised words on one line ("Visit Magnolia Birth Center"). */
const CAPITALISED_RUN = lazyRegex(() => /(?<![\p{L}])\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*)*/gu);

/**
 * The words of a post that head an organisation's name: followed by up to
 * three capitalised words, the last an organisation word ("Magnolia" in
 * "Magnolia Birth Center"). Worked out once per post.
 */
export function orgHeadedWords(post: string): Set<string> {
  const orgWords = peopleCues().orgWords;
  const heads = new Set<string>();
  // allMatches: no copy of the regex per post; a run of one word heads nothing, so it is not split.
  for (const m of allMatches(post, CAPITALISED_RUN())) {
    if (!m[0].includes(' ') && !m[0].includes('\t')) continue;
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i + 1 < words.length; i++) {
      const last = words[Math.min(i + 3, words.length - 1)];
      // "Duke's Barbershop": the name is found without its possessive.
      if (orgWords.has(last.toLowerCase())) heads.add(words[i]).add(words[i].replace(/['’]s$/u, ''));
    }
  }
  return heads;
}
