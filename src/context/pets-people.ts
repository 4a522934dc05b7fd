import { animalAt } from './entity-kinds.js';
import { findTerms } from '../text/terms.js';
import { cueLists, rawCues } from '../lexicons/cue-lists.js';
import { lazyRegex } from '../text/lazy-regex.js';
import { firstNameSex } from '../lexicons/stats.js';

/** "owner Kim Tran", "His owners, the Feldman family", "owned by Mr. Lindgren", "his humans, Linda and Ron Carraway": a person named as a pet's people. */
const OWNER_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:owners?|owned by|pet parents?|fur parents?|pet moms?|pet dads?|(?:his|her|their|its)\s+(?:person|people|humans?))\s*[,:]?\s+(?:the\s+)?(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/iu);
/** "Mochi, the Hernandez family's 12-year-old shih tzu": the family whose pet it is. */
const FAMILYS_PET = lazyRegex(() => new RegExp(`^\\s+family['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${rawCues().animals.map((w) => w.toLowerCase()).join('|')})s?(?![\\p{L}])`, 'iu'));
/**
 * "Tank, Derek Olsen's 9-year-old boxer", "Janet Okafor of Millbrook brought in Biscuit, her 6-year-old yellow Lab":
 * the animal after the name is the person's (not "Maria's lab results").
 */
const PET_AFTER_NAME = lazyRegex(() => {
  const animal = `(?:${rawCues().animals.map((w) => w.toLowerCase()).join('|')})s?(?![\\p{L}])(?!\\s+(?:results?|work|tests?|values?|reports?|draws?)(?![\\p{L}]))`;
  const brought = `(?:\\s+of\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?,?\\s+(?:brought|brings|rushed|carried|walked)\\s+(?:in\\s+)?\\p{Lu}[\\p{L}'’-]*,\\s+(?:her|his|their)`;
  return new RegExp(`^(?:['’]s|${brought})\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?${animal}`, 'iu');
});
/** "la perrita de 6 años de la familia Ortega". */
const FAMILIA_BEFORE = lazyRegex(() => /(?:perrit[ao]|perr[ao]|gatit[ao]|gat[ao]|mascota)\s+(?:de\s+\d+\s+años\s+)?de\s+la\s+familia\s+$/iu);
/** "His mom Jenna Whitfield", "Pepper's dad, Tom Reyes": the pet's people when an animal was just spoken of. */
const PET_PARENT_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{Ll}-]+['’]s?)\s+(?:mom|dad|mama|papa|mommy|daddy|humans?|family)\s*[,:]?\s+$/u);
/** "... is recovering from her own hip surgery": the owner's own care, which keeps the owner a person. */
const OWNER_OWN_CARE = lazyRegex(() => /(?<![\p{L}])(?:her own|his own|their own|herself|himself|recover(?:s|ing|ed)?|was diagnosed|had surgery|underwent|is undergoing|was admitted|was hospitali[sz]ed)(?![\p{L}])/iu);

/** A verb right after the owner's name (and age): ", is in the hospital", ", 94, has". */
const OWNER_SUBJECT = /^\s*(?:,\s*\d{1,3}\s*)?,?\s*(?:is|was|has|had|just|recently|remains|will be|is now|has been)(?![\p{L}])/iu;
/** Who the care after an owner's name may be about: "who", or a "he", "his", "she" or "her". */
const PERSON_WORD = /(?<![\p{L}])(who|he|his|she|her)(?![\p{L}])/iu;

/**
 * "her person, Jim Barlow, 94, who has been blind since his glaucoma": care
 * told of the owner after the owner's name, in its sentence, is the owner's;
 * not care with no person before it ("her human, Anand Krishnan, for letting
 * us snap this recheck photo") or after a "he" that cannot be the owner
 * ("His owner, Carla Jimenez, says he stole a chicken two days post-op": the dog).
 */
function ownersOwnCare(text: string, name: string, from: number): boolean {
  const rest = /^[^.!?\n]*/.exec(text.slice(from, from + 160))![0];
  if (OWNER_OWN_CARE().test(rest)) return true;
  const care = findTerms(rest, cueLists().health, 1)[0];
  if (!care) return false;
  const person = PERSON_WORD.exec(rest);
  const sex = firstNameSex(name.split(/\s+/)[0]);
  const fits = !person || person[1].toLowerCase() === 'who' || !sex || sex === (/^h(?:e|is)$/i.test(person[1]) ? 'm' : 'f');
  // "Dolores Haines, is 92 and has brought Otis ... since his heart diagnosis": a pronoun that is not hers takes the care.
  if (!fits && person!.index < care.start) return false;
  // "His owner, Ron Abelard, is in the hospital after a stroke": the owner is the clause's subject.
  if (OWNER_SUBJECT.test(rest)) return true;
  return person !== null && fits && findTerms(rest.slice(person.index), cueLists().health, 1).length > 0;
}

/**
 * Whether the name at [start, end) of a text names a pet's people, in a post
 * that speaks of an animal (`animalInPost`, asked only when needed): their
 * pet's care is not theirs, unless their own care follows the name.
 */
export function namesPetsPerson(text: string, start: number, end: number, animalInPost: () => boolean): boolean {
  const before = (n: number) => text.slice(Math.max(0, start - n), start);
  // "owner Kim Tran approved".
  const name = text.slice(start, end);
  if (OWNER_BEFORE().test(before(24)) && !ownersOwnCare(text, name, end) && animalInPost()) return true;
  if (FAMILYS_PET().test(text.slice(end, end + 60)) || FAMILIA_BEFORE().test(before(40))) return true;
  if (PET_AFTER_NAME().test(text.slice(end, end + 100)) && !ownersOwnCare(text, name, end)) return true;
  // "our favorite 13-year-old beagle ... His mom Jenna Whitfield".
  return PET_PARENT_BEFORE().test(before(24)) && !ownersOwnCare(text, name, end) && animalAt(before(250)) >= 0;
}
