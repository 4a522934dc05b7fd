import { ANIMAL_EMOJI, animalAt, animalPhrase, petNamesIn } from './entity-kinds.js';
import { PERSON_CATEGORIES, PRONOUN, type PeopleInPost, within } from './people.js';
import { escape } from '../text/word-trie.js';
import { wordStats } from '../lexicons/stats.js';
import { isLayRole } from './staff.js';
import { humanCare, saysVet } from './vet-post.js';
import { A_PERSON, ANIMAL_HARM, animalClauseStart } from './pet-clause.js';
import type { Cue, PostContext, Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';

/** Animals spoken of in general, and the pronouns that would put a person back in the sentence. */
const ANIMALS_PLURAL = /(?<![\p{L}])(?:dogs|cats|pets|puppies|kittens|animals)(?![\p{L}])/iu;
const PERSON_PRONOUN = /(?<![\p{L}])(?:he|she|him|his|her|hers|they|their)(?![\p{L}])/iu;
const EMOJI_ANIMAL = new RegExp(ANIMAL_EMOJI, 'u');
/** The pet's people, on their own: "mom", "owner". */
const PET_PEOPLE_WORDS = 'mom|mum|dad|mama|papa|family|humans|owner|owners|parents|people|person';
const PET_PERSON = new RegExp(`^(?:${PET_PEOPLE_WORDS})$`, 'iu');
/** A name spoken to: after a greeting or a comma, before a mark that closes the call ("Thanks, Priya!", "Hi Dave,"). */
const SPOKEN_TO_BEFORE = /(?:^|,\s*|(?<![\p{L}])(?:hi|hey|hello|dear|thanks|thank you)\s+)$/iu;
const SPOKEN_TO_AFTER = /^\s*[!,.?]/u;
/** A capitalised possessive right before: "Waffles' ", "Luna's ". */
const PET_POSSESSIVE = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)['’]s?\s+$/u;
/** After a pet's "his" or "her": the people it belongs to. */
const PET_PEOPLE = new RegExp(`^\\s+(?:${PET_PEOPLE_WORDS})(?![\\p{L}])`, 'iu');

/**
 * The animals of a post: which sentences are about a pet or animals in
 * general, so that their care and their "he" are no patient's. Names are
 * read by PeopleInPost (a pet's name is a name of kind 'animal').
 */
export class PetsInPost {
  private pets?: RegExp | null;

  constructor(private readonly hits: Hit[], private readonly ctx: PostContext, private readonly people: PeopleInPost) {}

  /** The post's pets' names as one regex (null: none). */
  private petNames(): RegExp | null {
    if (this.pets === undefined) {
      const names = this.hits.filter((h) => this.people.kindOf(h) === 'animal').map((h) => this.ctx.segments[h.segment].text.slice(h.start, h.end));
      // "Pepper, her 12-year-old tabby": a pet no name rule found (a common word), named as an animal.
      if (this.animalsInPost()) for (const seg of this.ctx.segments) names.push(...petNamesIn(seg.text));
      this.pets = names.length ? new RegExp(`(?<![\\p{L}])(?:${[...new Set(names)].map(escape).join('|')})(?![\\p{L}])`, 'u') : null;
    }
    return this.pets;
  }

  /** A sentence about the post's pets, or animals in general, and no person: its care and its "he" are the animals'. */
  aboutPet(s: Sentence): boolean {
    if (!this.people.mayMentionAnimals()) return false;
    if (this.namesPerson(s)) return false;
    // A post about animals that names no person at all ("FOUND CAT: male orange tabby ... He's safe at our clinic").
    if (this.animalsOnly()) return true;
    if (this.petNames()?.test(s.text)) return true;
    // "Patient of the Week: Pickles! 🐱": an animal emoji in or right after the sentence.
    if (EMOJI_ANIMAL.test(this.ctx.segments[s.segment].text.slice(s.start, s.end + 4))) return true;
    // "Meet 20 adoptable dogs and cats, all spayed and vaccinated": animals and no person at all.
    // "Our 14-year-old beagle had his TPLO surgery": a pronoun after the animal is the animal's, unless the animal hurt someone.
    const at = animalAt(s.text);
    const pronounIsPersons = PERSON_PRONOUN.test(at > 0 ? s.text.slice(0, at) : s.text) || ANIMAL_HARM.test(s.text);
    return (ANIMALS_PLURAL.test(s.text) || animalPhrase(s.text) || at >= 0) && !pronounIsPersons;
  }

  /**
   * The care at `care` is an animal's: the first animal of its clause owns it
   * (context/pet-clause.ts), and no person other than staff is named from the
   * clause's start to the care ("his handler, Sandra Pike of Riverside, who
   * lost her sight": an owner is a person too).
   */
  careOfAnimal(s: Sentence, care: Cue): boolean {
    if (!this.people.mayMentionAnimals()) return false;
    const from = animalClauseStart(s.text, care.start, this.petNames());
    if (from < 0) return false;
    // A clinician is not the one cared for.
    const person = (h: Hit) => { const kind = this.people.kindOf(h); return kind !== 'animal' && kind !== 'place' && this.people.staffRole(h) === undefined; };
    return !this.hits.some((h) => within(h, s) && h.rule.spec.category === 'name' && h.start >= s.start + from && h.start < s.start + care.start && person(h));
  }


  /**
   * A sentence of a vet's post that names no one but staff, pets and their
   * people, and tells of no person's own care: its care is the animals'
   * (context/vet-post.ts). A reply to a pet's person speaks of the pet ("She was SUCH a good patient, Priya!"),
   * unless it speaks of the person's own care ("your surgery").
   */
  vetsCare(s: Sentence): boolean {
    if (!this.vetsPost() || humanCare(s.text, s.reply)) return false;
    // A person named in the sentence, other than staff or a pet's people, may be the one cared for ("Frances has been going through chemotherapy");
    // in a reply, the person answered is the pet's ("She was SUCH a good patient, Priya!").
    return !this.namesPerson(s, s.reply);
  }

  /** The sentence names a person who is neither staff, a pet, a pet's person nor a place (nor, if asked, the person a reply speaks to). */
  private namesPerson(s: Sentence, skipAnswered = false): boolean {
    const text = this.ctx.segments[s.segment].text;
    const answered = (h: Hit) => skipAnswered && SPOKEN_TO_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)) && SPOKEN_TO_AFTER.test(text.slice(h.end, h.end + 3));
    return this.hits.some((h) => within(h, s) && h.rule.spec.category === 'name' && this.people.kindOf(h) === undefined && this.people.staffRole(h) === undefined && !answered(h));
  }

  /** A vet's post: animals, and a vet's marker (DVM, TPLO, spay, a paw print, a vet's handle). */
  vetsPost(): boolean {
    return (this.vet ??= this.animalsInPost() && saysVet(this.ctx.segments));
  }
  private vet?: boolean;

  /** "Waffles' " before "mom": a pet's name, or a word no person is named (in a post with animals), owns the person after it. */
  private petsPossessive(before: string): boolean {
    const name = PET_POSSESSIVE.exec(before)?.[1];
    if (!name) return false;
    return this.petNames()?.test(name) === true || (wordStats(name).first < 1000 && this.animalsInPost());
  }

  /** Some segment of the post speaks of an animal (a word, a breed or an emoji). */
  animalsInPost(): boolean {
    return this.people.animalInPost();
  }

  /** The post speaks of animals and names no person but staff. */
  private animalsOnly(): boolean {
    if (this.onlyAnimals === undefined) {
      // A coach or a mayor may be the patient; clinicians and the organisation's staff are not.
      const notStaff = (h: Hit) => { const role = this.people.staffRole(h); return role === undefined || isLayRole(role); };
      const people = this.hits.some((h) => PERSON_CATEGORIES.has(h.rule.spec.category) && this.people.kindOf(h) === undefined && notStaff(h));
      this.onlyAnimals = !people && this.animalsInPost() && !this.ctx.segments.some((seg) => A_PERSON.test(seg.text));
    }
    return this.onlyAnimals;
  }
  private onlyAnimals?: boolean;

  /**
   * Whether a sentence opens with a pronoun that means the pet named last
   * before it: "She went home with the Garcia family" after "Remember Luna, the
   * shy shepherd mix?" is the dog going home, even with a family named.
   */
  subjectIsPet(s: Sentence, person: Cue): boolean {
    // Sentence-initial "She", or "his mom, Jenna" (the pet's people) anywhere.
    // "Waffles' mom, Karen Holloway, brought him in": the pet's people, named by the pet's possessive.
    if (PET_PERSON.test(person.word) && this.petsPossessive(s.text.slice(Math.max(0, person.start - 30), person.start))) return true;
    const owner = PET_PEOPLE.test(s.text.slice(person.start + person.word.length, person.start + person.word.length + 12));
    if (!PRONOUN.test(person.word) || (person.start > 2 && !owner)) return false;
    const before = this.people.nameBefore(s.segment, s.start);
    if (before !== undefined && this.people.kindOf(before) === 'animal') return true;
    // "Pepper's fructosamine is back in range. She also had 4 teeth extracted": the sentence before spoke of the pet and no one else.
    const prev = this.ctx.sentences[this.ctx.sentences.indexOf(s) - 1];
    return prev !== undefined && prev.segment === s.segment && this.petNames()?.test(prev.text) === true && !this.hits.some((h) => within(h, prev) && h.rule.spec.category === 'name' && this.people.kindOf(h) === undefined);
  }

  /**
   * The pet's person named right after "his owner," whose own care follows
   * with no pet word between ("His owner, Ron Abelard, is in the hospital
   * after a stroke"), not "his mom, Jenna, brought him in for surgery".
   */
  ownerWithCare(s: Sentence, person: Cue): Cue | undefined {
    if (!s.health || !PET_PEOPLE.test(s.text.slice(person.start + person.word.length, person.start + person.word.length + 12))) return undefined;
    const name = this.hits.find((h) => h.rule.spec.category === 'name' && within(h, s) && this.people.kindOf(h) === undefined && h.start - s.start > person.start && h.start - s.start < person.start + 40);
    if (!name || s.health.start < name.end - s.start) return undefined;
    const between = s.text.slice(name.end - s.start, s.health.start);
    if (PERSON_PRONOUN.test(between) || this.petNames()?.test(between)) return undefined;
    return { word: s.text.slice(name.start - s.start, name.end - s.start), start: name.start - s.start };
  }
}
