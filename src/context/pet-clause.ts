import { animalAt } from './entity-kinds.js';

/**
 * Whose is the care in a sentence that speaks of an animal: the first animal
 * of the clause that holds the care ("Thank you to Sadie Morgan for letting us
 * share: Pepper, her 12-year-old tabby, was diagnosed with diabetes"), unless
 * a person comes first ("Tom can't wait to walk his dog Rex again after his
 * hip replacement") or stands between, the animal hurt someone, or it is a
 * service or therapy animal, whose work names its people's conditions.
 */

/** "the dog bit him": an animal that hurt a person, whose care is the person's. */
export const ANIMAL_HARM = /(?<![\p{L}])(?:bit|bitten|bites|biting|attacked|mauled|scratched|kicked|trampled|threw|thrown|stung|charged)(?![\p{L}])/iu;
/** "a 14-year-old boy who had gone through the ice chasing his dog": a person described, not named, is in the post too. */
export const A_PERSON = /(?<![\p{L}])(?:a|an|the|one)\s+(?:[\p{L}\d-]+\s+){0,2}(?:boy|girl|man|woman|teen|teenager|toddler|gentleman|lady|kid|child|grandmother|grandfather|grandma|grandpa|bride|groom)(?![\p{L}])/iu;
/** Where the clause holding `at` begins: after the last colon, semicolon, dash or joined clause before it. */
function clauseStart(text: string, at: number): number {
  // "Linda, Pepper was such a trooper through her IV fluids": the name spoken to opens no clause of its own.
  let start = VOCATIVE.exec(text)?.[0].length ?? 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = m.index! + m[0].length;
  return start;
}
/** A name the sentence speaks to, at its start: "Linda, ", "Hi Tom! ". */
const VOCATIVE = /^\s*(?:(?:hi|hey|hello|dear|thanks|thank you)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[,!]\s+/u;
const CLAUSE_BREAK = /[:;—–(]|,\s+(?:and|but|so|while|because|although)\s+/gu;

/** A service or therapy animal's work names its people's conditions: "a certified seizure-alert dog for Amy", "guide dog ... his handler". */
const SERVICE_ANIMAL = /(?<![\p{L}])(?:(?:service|guide|alert|assistance|hearing|seeing[- ]eye|mobility|therapy|facility|comfort|emotional support)\s+(?:dogs?|animals?|horses?|pups?|pets?)|handler)(?![\p{L}])/iu;
/** People by what they are to the care or to others: "Bruno stayed with the resident in 4B while she recovered". */
const PERSON_NOUN = /(?<![\p{L}])(?:patients?|residents?|clients?|members?|veterans?|owners?|mom|mum|dad|mother|father|son|daughter|wife|husband|grandma|grandpa|grandmother|grandfather|kids?|child|children|baby|friend|neighbou?r|students?)(?![\p{L}])/iu;
/** Someone acting between an animal and the care: "the dog stayed with us while she had her knee replaced". */
const SUBJECT_PRONOUN = /(?<![\p{L}'’])(?:he|she|they|i|we)(?![\p{L}'’])/iu;
/**
 * Where the clause of the care at `careStart` begins, when its first animal (a
 * word, or one of `petNames`) may own the care; -1 when a person does. The
 * caller checks that no person is named from there to the care.
 */
export function animalClauseStart(text: string, careStart: number, petNames: RegExp | null): number {
  if (ANIMAL_HARM.test(text) || SERVICE_ANIMAL.test(text)) return -1;
  const from = clauseStart(text, careStart);
  const clause = text.slice(from, careStart);
  let animal = animalAt(clause);
  const pet = petNames ? clause.search(petNames) : -1;
  if (pet >= 0 && (animal < 0 || pet < animal)) animal = pet;
  if (animal < 0) return -1;
  // "walk his dog": a possessive right before the animal is the animal's people, not a person cared for.
  const ahead = clause.slice(0, animal).replace(/(?:his|her|their)\s+$/iu, '');
  if (SUBJECT_PRONOUN.test(clause) || A_PERSON.test(clause) || PERSON_NOUN.test(clause.slice(animal)) || PERSON_NOUN.test(ahead)) return -1;
  return from;
}
