import { isLayRole, layTitleBefore, patientAndRole, staffRole } from './staff.js';
import { bylineNameWords } from './bylines.js';
import { animalName, insideAnimalWord, mentionsAnimal, orgHeadedWords, placeLikeName } from './entity-kinds.js';
import { namesPetsPerson } from './pets-people.js';
import { mayMentionAnimal } from './animal-gate.js';
import { saysVet } from './vet-post.js';
import { escape } from '../text/word-trie.js';
import type { Cue, PostContext, Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';
import { firstNameSex, isCommon, wordStats } from '../lexicons/stats.js';
import { lazyRegex } from '../text/lazy-regex.js';

/** What a name names when it is no person. */
export type EntityKind = 'animal' | 'place' | 'owner';

/** Words that say someone is receiving care, not giving it. */
export const RECEIVES_CARE = /(?<![\p{L}])(?:recover(?:s|ing|ed)?|recuperating|is battling|was diagnosed|has been diagnosed|underwent|is undergoing|had (?:surgery|a stroke|a heart attack)|was a patient|(?:his|her) (?:heart attack|stroke|cancer diagnosis)(?!\s+(?:research|prevention|awareness|patients|team|program|unit|center|care|tips|education|survivors))|was admitted|was hospitali[sz]ed|in (?:your|our) prayers|get well)(?![\p{L}])/iu;

/** A speaker or author at an event tells their own story in public: "survivor and author Dana will speak at our luncheon". */
// "getting her flu shot live with us today", "rolled up his sleeve on camera": a public figure's shot as a public event.
export const PUBLIC_APPEARANCE = /(?<![\p{L}])(?:will (?:speak|share|present|talk|read)|keynote|guest speaker|book signing|will be signing|cut the ribbon|ribbon[- ]cutting|broke ground|groundbreaking|(?:shot|vaccine|booster|jab)s?\s+(?:live|on camera|on air|on stage|in front of)|(?:live|on camera)\s+(?:with us|on (?:our|the) (?:page|stream|feed)))(?![\p{L}])/iu;

/** "her daughter": a relative of someone named before, whom a later pronoun may mean. */
const RELATIVE = lazyRegex(() => /(?<![\p{L}])(?:his|her|their|my)\s+(?:daughter|son|mother|father|mom|dad|wife|husband|grandson|granddaughter|grandmother|grandfather|brother|sister|niece|nephew|baby|toddler)(?:['’]s)?(?![\p{L}])/iu);
const HE = /^(?:he|his|him|himself|he['’]s)$/i;
const SHE = /^(?:she|her|hers|herself|she['’]s)$/i;
/**
 * Whether the name's own pronoun, the first after it, is of the other sex than `pronoun`: a subject
 * ("she logs on") or a possessive after a preposition ("from her home office"), not an object ("thanked her").
 */
function otherSex(after: string, pronoun: string): boolean {
  const first = OWN_PRONOUN().exec(after)?.[0];
  if (!first) return false;
  return (HE.test(first) && SHE.test(pronoun)) || (SHE.test(first) && HE.test(pronoun));
}
/** Spanish object pronouns: someone other than the subject acted on ("le ayudó", "la atendimos"). */
const SPANISH_OBJECT = lazyRegex(() => /(?<![\p{L}])(?:le|les|lo|los)(?![\p{L}])/iu);
/** "her own recovery", "survived braces twice herself": what happened to the sentence's own person. */
const OWN_CARE = lazyRegex(() => /(?<![\p{L}])(?:(?:her|his)\s+own|herself|himself)(?![\p{L}])/iu);
/** "him", or "her" as an object ("reached her.", "walked her to the car"), not "her knee". */
const HIM = lazyRegex(() => /(?<![\p{L}])him(?![\p{L}])/iu);
const HER_OBJECT = lazyRegex(() => /(?<![\p{L}])her(?=\s*(?:[.,;!?)]|$)|\s+(?:to|into|from|in|up|out|back|home|off|on|for|with|at|through|under|onto)(?![\p{L}]))/iu);

/** "dan" of "daniel", "seun" of "oluwaseun": a short form, the start of a given name or (four letters or more) its end. */
const shortFormOf = (word: string, short: string) => word.length > short.length && (word.startsWith(short) || (short.length >= 4 && word.endsWith(short)));

/** Whether a name's first word is a first name of the other sex than the pronoun ("Dennis" and "her"). */
export function otherSexByName(name: string, pronoun: string): boolean {
  const sex = firstNameSex(name.split(/\s+/)[0]);
  return (sex === 'm' && SHE.test(pronoun)) || (sex === 'f' && HE.test(pronoun));
}

/** Whether someone of the pronoun's sex was acted on after a name and before the pronoun: then the pronoun means them. */
function actedOnSomeoneElse(between: string, pronoun: string): boolean {
  return HE.test(pronoun) ? HIM().test(between) : SHE.test(pronoun) && HER_OBJECT().test(between);
}
const OWN_PRONOUN = lazyRegex(() => /(?<![\p{L}])(?:he|she)(?=\s)|(?<=(?:^|[.!?]\s+|(?<![\p{L}])(?:from|in|on|at|with|of|into|after|before|during|about|to|by|and)\s+))(?:his|her)(?![\p{L}])/iu);

/** ' "Patty" Odom': a nickname in quotes, then a surname. */
const QUOTED_NICKNAME = lazyRegex(() => /^\s+["“'‘](\p{Lu}[\p{L}'’-]*)["”'’]\s+(\p{Lu}[\p{L}'’-]*)/u);

/** A post's opening that introduces one of the organisation's own people. */
const SPOTLIGHT = lazyRegex(() => /(?<![\p{L}])((?:staff|volunteer|employee|team member|nurse|provider|physician|doctor|midwife|caregiver|aide|technician|pharmacist|therapist|clinician)\s+(?:spotlight|of the (?:month|year|week)|appreciation))(?![\p{L}])/iu);

/** Hits that mention a person: a name, or a handle. */
export const PERSON_CATEGORIES = new Set(['name', 'other-id']);
export const PRONOUN = /^(?:he|she|him|his|her|hers|himself|herself|who was|who is|who has|who had|su|sus)$/i;

/** Words that put a town after them: "in", "from", "outside", "near". */
const LOCATIVE = lazyRegex(() => /(?<![\p{L}])(?:in|at|from|outside|outside of|near|around|to|of|de|del|en)\s+$/iu);

/** "for trusting Dr. Lin with": the one who trusts a clinician with their care, before "her smile". */
const TRUSTED_WITH = lazyRegex(() => /(?<![\p{L}])trust(?:ing|ed|s)?\s+(?:[\p{L}.-]+\s+){1,6}with\s+$/iu);
/** A clinician's act on someone: between the clinician's name and "his"/"her", it makes the pronoun the patient. */
const CARE_DONE = lazyRegex(() => /(?<![\p{L}])(?:removed|repaired|replaced|treated|operated on|fixed|performed|examined|delivered|stitched|set|reattached|fitted|implanted|extracted|cleared|diagnosed|saw|helped|walked|sutured|splinted|scoped|scanned)\s+(?:(?:[\p{L}-]+\s+){0,2}|(?:[\p{L}-]+\s+){1,5}(?:on|for|to|in)\s+)$/iu);

/** Whether a place rule reports the words of a hit too (a town found both as a town and as a name). */
export const placeCovers = (hits: readonly Hit[], hit: Hit) =>
  hits.some((h) => h !== hit && h.rule.spec.category === 'location' && h.segment === hit.segment && h.start <= hit.start && h.end >= hit.end);

/** Whether a hit lies inside a sentence. */
export const within = (h: Hit, s: Sentence) => h.segment === s.segment && h.start >= s.start && h.end <= s.end;

/**
 * Who the names of a post are: staff (by title, credential or job), pets,
 * places or organisations, or people who may be patients. What one mention
 * says carries over to every mention of the same name ("Luis" after "Luis
 * Ortega, medical interpreter"), as a reader would take it.
 */
/** A possessive and the care a vet gives: "'s incision", "'s stitches", "'s spay". */
const PETS_CARE_AFTER = lazyRegex(() => /^['’]s\s+(?:(?:new|first|last|little)\s+)?(?:incision|stitches|sutures|spay|neuter|cone|bloodwork|vaccines?|shots|x-rays?|meds|dental|biopsy|bandage|splint)(?![\p{L}])/iu);

export class PeopleInPost {
  private readonly roles = new Map<Hit, string | undefined>();
  private readonly kinds = new Map<Hit, EntityKind | undefined>();
  /** Words of the names that are staff by their own title, credential or job. */
  private staffWords?: Map<string, string>;
  private kindWords?: Map<string, EntityKind>;
  private orgHeads?: Set<string>;
  private readonly petNames = new Map<string, boolean>();
  private ordered?: Hit[];

  constructor(private readonly hits: Hit[], private readonly ctx: PostContext) {}

  /**
   * The title, credential or job that makes a name staff or a public figure:
   * its own, or that of the same person named elsewhere in the post ("Luis"
   * after "Luis Ortega, medical interpreter"), so one introduction covers
   * every later mention.
   */
  staffRole(hit: Hit): string | undefined {
    if (this.roles.has(hit)) return this.roles.get(hit);
    const own = this.ownRole(hit);
    // A volunteer in a "Volunteer Spotlight" is the organisation's own, not a public figure who may be a patient.
    // "CEO Lorraine Baptiste" in a post whose byline is "Lorraine Baptiste, CEO": the organisation's own, writing.
    const role = (own && isLayRole(own) ? this.spotlightRole(hit) ?? this.bylineRole(hit) : undefined) ?? own ?? this.sharedRole(hit) ?? this.spotlightRole(hit);
    this.roles.set(hit, role);
    return role;
  }

  /** Whether a word is part of a staff member's name ("Linda" after "Linda Okafor, RN"), as the detector may not report it again. */
  isStaffWord(word: string): boolean {
    return this.staffWordRole(word.toLowerCase()) !== undefined;
  }

  /** The role of a staff name word, or of the staff given name it is a short form of ("sam" after "Samuel Osei", chaplain). */
  private staffWordRole(word: string): string | undefined {
    const staff = this.staffWordMap();
    const role = staff.get(word);
    if (role !== undefined || word.length < 3) return role;
    for (const [w, r] of staff) if (shortFormOf(w, word)) return r;
    return undefined;
  }

  /** The name words of the post's staff bylines ("lorraine", "baptiste" of "author: Lorraine Baptiste, CEO"). */
  private bylineWords(): Set<string> {
    return (this.byline ??= new Set(this.ctx.segments.flatMap((seg) => bylineNameWords(seg))));
  }
  private byline?: Set<string>;

  /** 'the staff byline' when every word of the name is in a staff byline of the post. */
  private bylineRole(hit: Hit): string | undefined {
    const words = this.words(hit);
    return words.length && words.every((w) => this.bylineWords().has(w)) ? 'the staff byline' : undefined;
  }

  private ownRole(hit: Hit): string | undefined {
    const text = this.ctx.segments[hit.segment].text;
    // "Deacon Sam Ortiz": the detector's title may be a public figure's, who may be a patient.
    return staffRole(text, hit.start, hit.end) ?? (hit.staff && !patientAndRole(text, hit.start) ? layTitleBefore(text, hit.start) ?? 'title or credentials' : undefined);
  }

  private sharedRole(hit: Hit): string | undefined {
    const staff = this.staffWordMap();
    const words = this.words(hit);
    if (words.length && words.every((w) => staff.has(w))) return staff.get(words[0]);
    // "Sam" after "our chaplain, the Rev. Samuel Osei": a short form of a staff member's given name.
    if (words.length === 1) { const role = this.staffWordRole(words[0]); if (role !== undefined) return role; }
    // 'Patricia "Patty" Odom' after "Patty Odom, RN": the given name before a quoted nickname and a staff surname.
    const nick = QUOTED_NICKNAME().exec(this.ctx.segments[hit.segment].text.slice(hit.end, hit.end + 40));
    return nick && staff.has(nick[1].toLowerCase()) && staff.has(nick[2].toLowerCase()) ? staff.get(nick[2].toLowerCase()) : undefined;
  }

  /** "VOLUNTEER SPOTLIGHT ... Meet Joan Whitaker!": the post opens on one of the organisation's own, its first named person. */
  private spotlightRole(hit: Hit): string | undefined {
    if (this.spotlight === undefined) {
      const opening = this.ctx.segments.find((seg) => seg.text.trim())?.text.slice(0, 160).split(/\n\s*\n/)[0] ?? '';
      const kind = SPOTLIGHT().exec(opening)?.[1];
      const first = this.hits.filter((h) => h.rule.spec.category === 'name').sort((a, b) => a.segment - b.segment || a.start - b.start)[0];
      this.spotlight = kind && first ? { kind, words: new Set(this.words(first)) } : null;
    }
    const { spotlight } = this;
    return spotlight && this.words(hit).some((w) => spotlight.words.has(w)) ? spotlight.kind : undefined;
  }
  private spotlight?: { kind: string; words: Set<string> } | null;

  /** The words of names that are staff by their own title, credential or job, with that role. */
  private staffWordMap(): Map<string, string> {
    if (!this.staffWords) {
      this.staffWords = new Map();
      for (const h of this.hits) {
        if (h.rule.spec.category !== 'name') continue;
        // Only roles that give care carry over: a volunteer or a mayor may be the patient elsewhere in the post.
        const role = this.ownRole(h);
        if (role && !isLayRole(role)) for (const w of this.words(h)) this.staffWords.set(w, role);
      }
      // "author: Marcus Liang, DPT" above "![Marcus holding his Boston medal]": the byline's staff member, named again.
      for (const w of this.bylineWords()) if (!this.staffWords.has(w)) this.staffWords.set(w, 'the staff byline');
    }
    return this.staffWords;
  }


  /**
   * A name's kind when it names no person: a pet ("Biscuit, a 17-year-old
   * beagle mix") or a place or organisation ("2024 at Harborview"); like a
   * staff role, it carries over to every mention of the same name.
   */
  kindOf(hit: Hit): EntityKind | undefined {
    if (hit.rule.spec.category !== 'name') return undefined;
    if (this.kinds.has(hit)) return this.kinds.get(hit);
    if (!this.kindWords) {
      this.kindWords = new Map();
      for (const h of this.hits) {
        const own = h.rule.spec.category === 'name' ? this.ownKind(h) : undefined;
        if (own) for (const w of this.words(h)) this.kindWords.set(w, own);
      }
    }
    const words = this.words(hit);
    const kinds = this.kindWords;
    // "the Feldmans" after "the Feldman family"; "Dakota Went Down" in a title-case heading after "a mare named Dakota".
    const has = (w: string) => kinds.has(w) || (w.endsWith('s') && kinds.has(w.slice(0, -1)));
    const tail = (w: string) => { const st = wordStats(w); return has(w) || (isCommon(st) && st.common > st.first + st.sur); };
    const kind = words.length && has(words[0]) && words.slice(1).every(tail) ? kinds.get(words[0]) ?? kinds.get(words[0].slice(0, -1)) : undefined;
    this.kinds.set(hit, kind);
    return kind;
  }

  private ownKind(hit: Hit): EntityKind | undefined {
    const text = this.ctx.segments[hit.segment].text;
    if (this.mayMentionAnimals() && (this.petNamed(text.slice(hit.start, hit.end)) || insideAnimalWord(text, hit.start, hit.end))) return 'animal';
    // On a vet's post, "Max's incision from Tuesday": a one-word name that owns care is the patient, an animal.
    if (!/\s/.test(text.slice(hit.start, hit.end)) && PETS_CARE_AFTER().test(text.slice(hit.end, hit.end + 24)) && this.animalInPost() && saysVet(this.ctx.segments)) return 'animal';
    // "owner Kim Tran approved", "the Hernandez family's 12-year-old shih tzu": a pet's people (pets-people.ts).
    if (namesPetsPerson(text, hit.start, hit.end, () => this.animalInPost())) return 'owner';
    // "a clinic in Marion", "grew up outside Tyler": a town found as a town, after a word that places it.
    if (LOCATIVE().test(text.slice(Math.max(0, hit.start - 12), hit.start)) && placeCovers(this.hits, hit)) return 'place';
    this.orgHeads ??= orgHeadedWords(this.ctx.segments.map((s) => s.text).join('\n'));
    return placeLikeName(text, hit.start, hit.end, this.orgHeads) ? 'place' : undefined;
  }

  /** Some segment of the post speaks of an animal (a word, a breed or an emoji). */
  animalInPost(): boolean {
    return (this.anyAnimal ??= this.mayMentionAnimals() && this.ctx.segments.some((seg) => mentionsAnimal(seg.text)));
  }
  private anyAnimal?: boolean;

  /** Some text of the post may speak of an animal (animal-gate.ts): if not, no name is a pet's and no sentence is about animals. */
  mayMentionAnimals(): boolean {
    return (this.animals ??= this.ctx.segments.some((seg) => mayMentionAnimal(seg.text)));
  }
  private animals?: boolean;

  /**
   * Whether the pronoun a sentence speaks of ("she", "his") means no patient:
   * the last person named before it is staff or a pet ("Dr. Okoye ... she
   * led the county's COVID response"), and no one else is named in the
   * sentence.
   */
  pronounNotPatient(s: Sentence, person: Cue): boolean {
    if (!PRONOUN.test(person.word)) return false;
    // In a reply, Spanish "su" is the reader's own ("su cita de diálisis", "your appointment"), not the clinician's named before.
    if (s.reply && /^sus?$/i.test(person.word)) return false;
    // Someone else named or tagged in the sentence may be the one the pronoun means,
    // unless the care is the pronoun's own ("She's mom to twins Owen and Ella and says her own wisdom-tooth recovery ...").
    if (!OWN_CARE().test(s.text.slice(person.start)) && this.hits.some((h) => within(h, s) && PERSON_CATEGORIES.has(h.rule.spec.category) && this.staffRole(h) === undefined && this.kindOf(h) === undefined)) return false;
    const at = person.start;
    const before = this.nameBefore(s.segment, s.start + at, person.word);
    if (!before) return false;
    // "our town's 93-year-old crossing guard ... after her hip replacement": someone described by age, not the staff member named before.
    if (this.hits.some((h) => within(h, s) && h.rule.spec.category === 'age' && (h.segment !== before.segment || h.start > before.end + 6) && h.start < s.start + at)) return false;
    // "caring for Pine Hollow's longtime postmaster in his final weeks": the person described as cared for, just before the pronoun.
    const caredFor = s.patient !== undefined ? s.start + s.patient.start : Infinity;
    if (this.hits.some((h) => within(h, s) && h.rule.spec.detector === 'combo' && h.start > caredFor && h.start < s.start + at && (h.segment !== before.segment || h.start > before.end))) return false;
    // "la Dra. Ramírez le ayudó a coordinar su cita de diálisis": "su" after an object pronoun is the one helped.
    if (/^sus?$/i.test(person.word) && before.segment === s.segment && SPANISH_OBJECT().test(this.ctx.segments[s.segment].text.slice(before.end, s.start + at))) return false;
    const role = this.staffRole(before);
    // "Jess noticed ... at her daughter's party ... She started chemotherapy": a relative named since may be the one meant.
    if (role !== undefined && RELATIVE().test(this.ctx.segments[before.segment].text.slice(before.end, before.segment === s.segment ? s.start + at : undefined))) return false;
    // "Dr. Ruth Amsel logs on from her home office ... He's a 41-year-old ICU nurse": "he" is not the "her" named before.
    const until = before.segment === s.segment ? s.start + at : before.end + 200;
    if (role !== undefined && otherSex(this.ctx.segments[before.segment].text.slice(before.end, until), person.word)) return false;
    // "wife of Chief Dennis Arnold ... worked her cardiac arrest": a first name of the other sex is not the one the pronoun means.
    // Only for care the pronoun owns ("her cardiac arrest"): "his nails" after "Deb" may be the clinic cat's.
    const ownsCare = s.health !== undefined && s.health.start > person.start && s.health.start - person.start - person.word.length < 25;
    if (role !== undefined && ownsCare && otherSexByName(this.ctx.segments[before.segment].text.slice(before.start, before.end), person.word)) return false;
    // "Firefighter Ruiz reached him ... He was hypothermic": the staff member acted on someone else, whom the pronoun goes on with.
    if (role !== undefined && actedOnSomeoneElse(this.ctx.segments[before.segment].text.slice(before.end, until), person.word)) return false;
    // A public figure or volunteer in the same sentence may speak of their own care ("Mayor Okafor chose us for her hip");
    // introduced in an earlier sentence, "she" is the staff member the post is about ("Our founder, Dr. Marsh. She ...").
    const earlier = !within(before, s);
    // "Dr. Reyes removed his cataract", "performed a DMEK corneal transplant on her right eye": a clinician's care done to "his" is someone else's.
    if (!earlier && role !== undefined && CARE_DONE().test(this.ctx.segments[s.segment].text.slice(before.end, s.start + at))) return false;
    // "for trusting Dr. Lin with her smile": the one who trusts the clinician.
    if (!earlier && TRUSTED_WITH().test(s.text.slice(Math.max(0, at - 60), at))) return false;
    // "Coach Renata ... 20/20 the morning after her LASIK": a public figure's "his" or "her" in a sentence of care is their own.
    if (role !== undefined && isLayRole(role) && /^(?:his|her)$/i.test(person.word) && s.health) return false;
    return this.kindOf(before) === 'animal' || (role !== undefined && (earlier || !isLayRole(role)));
  }

  /** The last name (not a place) found before an offset of a segment, in reading order. */
  nameBefore(segment: number, offset: number, pronoun?: string): Hit | undefined {
    this.ordered ??= this.hits.filter((h) => h.rule.spec.category === 'name' && this.kindOf(h) !== 'place').sort((a, b) => a.segment - b.segment || a.start - b.start);
    // "Husband Luis ... after her own knee surgery": a "her" passes over a man's name to the woman named before him
    // (not over staff: "Deb ... is the only person our clinic cat allows to trim his nails" stays with Deb's sentence).
    const fits = (h: Hit) => pronoun === undefined || this.staffRole(h) !== undefined || !otherSexByName(this.ctx.segments[h.segment].text.slice(h.start, h.end), pronoun);
    return this.ordered.filter((h) => (h.segment < segment || (h.segment === segment && h.end <= offset)) && fits(h)).at(-1);
  }

  /** Whether the post names a pet so anywhere, found as a name or not ("Biscuit, a 17-year-old beagle mix"). */
  private petNamed(name: string): boolean {
    let pet = this.petNames.get(name);
    if (pet === undefined) {
      const at = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu');
      pet = this.ctx.segments.some((seg) => [...seg.text.matchAll(at)].some((m) => animalName(seg.text, m.index!, m.index! + name.length)));
      this.petNames.set(name, pet);
    }
    return pet;
  }

  /** The words of a name, lower-cased, without a possessive. */
  private words(hit: Hit): string[] {
    return this.ctx.segments[hit.segment].text.slice(hit.start, hit.end).toLowerCase().replace(/['’]s$/, '').split(/[\s.]+/).filter((w) => w.length > 1);
  }
}
