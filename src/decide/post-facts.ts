import { aboutPatient, IMAGINED, sentenceIndex, storyReach, withoutSpans } from '../context/post.js';
import { careReplySegments } from './care-replies.js';
import { FIRST_PERSON, FIRST_PERSON_CARE, inFirstPersonQuote, introducesSelf, WRITER_IS_STAFF } from './first-person.js';
import { namedPerson, settingOnly } from '../context/named-person.js';
import { isLayRole, staffSpeaksAt } from '../context/staff.js';
import { squash } from '../context/org-handles.js';
import { writtenByStaff } from '../context/bylines.js';
import { residence } from '../context/own-place.js';
import { isOwnOrgName, ownOrgKeys } from '../context/own-org.js';
import { labelsFigures } from '../context/table-counts.js';
import { MEASURES, oneOfThem, withoutGenericPatients } from '../context/generic-patients.js';
import { PeopleInPost, PUBLIC_APPEARANCE, RECEIVES_CARE, within } from '../context/people.js';
import { PetsInPost } from '../context/pets.js';
import type { Cue, PostContext, Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';
import { CONTENT_CATEGORIES } from '../model/types.js';
import { cueLists } from '../lexicons/cue-lists.js';
import { peopleCues } from '../lexicons/people-cues.js';
import { findTerms } from '../text/terms.js';
import { mayMatch } from '../text/word-gate.js';

/** Health content (advice, claims) is no identifier. */
export const CONTENT = new Set<string>(CONTENT_CATEGORIES);
/** A list's lead-in that thanks or names helpers: their names are no patients'. */
const HELPERS_LEAD = /thank|sponsor|donor|chair|volunteer|staff|team|speaker|panel|host|partner/i;
/** A cue that names someone as one in care: "a longtime patient", "our client". */
const PATIENT_NOUN = /^(?:patient|client|resident|a member (?:in|from|who))$/i;
/** Patient cues that are events of anyone's life: a staff member's birthday is no patient's. */
const LIFE_EVENT = /^birthday$/i;
/** The first name a birthday is wished to: "Happy 100th birthday, Harold!", "HAPPY BIRTHDAY TO OUR HAROLD". */
const BIRTHDAY_WISHED = /(?:[Bb]irthday|BIRTHDAY)\W+(?:(?:to|To|TO)\s+(?:(?:our|Our|OUR)\s+)?)?(\p{Lu}[\p{L}'’-]+)/u;
/** A clinician's death or retirement is the organisation's news; a volunteer's or a public figure's death may be a patient's. */
const STAFF_EVENT = /^(?:passed away|passed|passing|died|death|retired|retirement)$/i;

/** Proper names whose words say nothing about care ("Riverbend Family Clinic", "Hope Street"). */
export const PROPER_NAMES = new Set(['name', 'location']);
/** "a 4-year-old daughter, Maeve", "twins Owen and Ella", "her husband Dan": a name right after a family word. */
const FAMILY_BEFORE = /(?<![\p{L}])(?:daughter|daughters|son|sons|wife|husband|kids|children|twins|grandson|granddaughter|grandkids|grandchildren|partner|fiancée?|stepson|stepdaughter)(?:,|\s+named)?\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/u;

const MY_FAMILY_BEFORE = /(?<![\p{L}])[Mm]y\s+(?:[\p{L}-]+\s+)?(?:son|daughter|wife|husband|kids|children|twins|grandson|granddaughter|partner|mom|mother|dad|father|brother|sister|baby)(?:,|\s+named)?\s+$/u;
/** "'s standing Friday ": a possessive and at most three words between a name and its care. */
const POSSESSIVE_BEFORE = /^['’]s\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

/** The end of a quote and who said it: '," said', '" says'. */
const SAID_AFTER_QUOTE = /[,.!?]?["”]\s*,?\s*(?:said|says|explained|explains|added|adds|noted|notes|recalled|recalls|shared|shares)\s+/u;
const QUESTION_END = /\?\W*$/u;
// Not "on our caseload": the people a home health aide visits.
const OUR_UNIT = /^(?:in|on|from|at)\s+our\s(?!caseload)/iu;
/** A count of ten or more right before care: "2,115 eye exams", "more than 300 knee replacements". */
// Not a measure of one person's care: "90 days sober", "born at 26 weeks", "lost 40 pounds".
const COUNTED_CARE = new RegExp(`(?<![\\p{L}\\d.,/:-])(?:(?:more than|over|nearly|about|almost|some|roughly)\\s+)?(?:\\d{2,}|\\d{1,3}(?:,\\d{3})+)\\+?\\s+(?!(?:${MEASURES}|%|sessions?|visits?|rounds?|treatments?|shots?|doses?)(?![\\p{L}]))(?:[\\p{L}-]+\\s+)?$`, 'iu');
/** A sentence or list line that opens on a count of two or more: "12 suspected concussions referred for follow-up". */
const COUNT_OPENS = new RegExp(`^\\s*(?:[-•*]\\s*)?(?:(?:more than|over|nearly|about|almost|some)\\s+)?(?:[2-9]|\\d{2,}|\\d{1,3}(?:,\\d{3})+)\\+?\\s+(?!(?:${MEASURES}|%)(?![\\p{L}]))\\p{L}`, 'iu');
const MEASURE = new RegExp(`^(?:${MEASURES})(?![\\p{L}])`, 'iu');
/** Care given by another organisation: "with another agency", "at a different hospital". */
const CARE_ELSEWHERE = /(?<![\p{L}])(?:with|at|by|from|through)\s+(?:another|a different|an outside|a different local)\s+(?:hospice|agency|hospital|provider|practice|clinic|organi[sz]ation|health system|pharmacy|facility)(?![\p{L}])/iu;
/** The organisation as where care was given: "transferred to us", "at our hospital", "here". */
const OURS = /(?<![\p{L}])(?:us|here|(?:to|at|in|into|on)\s+our)(?![\p{L}])/iu;
/** A nickname in quotes right after a name: ' "Dot"'. */
const QUOTED_AFTER = /^\s+["“'‘](\p{Lu}[\p{L}'’-]*)["”'’]/u;

/** Cues that someone came to the organisation: a patient's arrival, or a staff member's or volunteer's. */
const ARRIVAL = /^(?:visited our|came to our|came to us|came to see us|came into our|walked into our|rolled into our)$/iu;

/** A sentence that opens on a status with no subject: "Back on the field", "Home after 3 weeks", "Cleared to play". */
const SUBJECTLESS = /^\W*(back|home|cleared|finally|walking|discharged|released|recovering|healing|headed|heading|feeling|doing great|doing well|up and)(?![\p{L}])/iu;

/** "stocking shelves at this pharmacy": the organisation's own place, where the writer works. */
const AT_THIS_PLACE = /(?<![\p{L}])at\s+(?:this|our)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A line of hashtags and emoji only. */
const ONLY_HASHTAGS = /^[\s\p{Extended_Pictographic}\u200d\ufe0f]*(?:#[\p{L}\p{N}_]+[\s\p{Extended_Pictographic}\u200d\ufe0f.!]*)+$/u;

/** A short line that opens with its care and names no one: "Rotator cuff repair in January", "12 weeks of PT with Dr. Reilly". */
function careFragment(text: string, healthAt: number): boolean {
  // "💛 #TPLO #VetRehab #BeagleLife": a line of tags files the post, it tells nothing of anyone.
  if (ONLY_HASHTAGS.test(text)) return false;
  return text.trim().split(/\s+/).length <= 8 && /^\W*(?:(?:\d[\d,.]*|a|an|the|one|two|three|four|five|six|weeks?|months?|days?|of|and|\p{Ll}+-?)\s+){0,3}$/u.test(text.slice(0, healthAt));
}

/** Sentence j is the one right before k in the same text, or the item before it in a list (JSON array, slides, list items). */
function nextItem(ctx: PostContext, j: number, k: number): boolean {
  const a = ctx.segments[ctx.sentences[j].segment];
  const b = ctx.segments[ctx.sentences[k].segment];
  if (a === b) return true;
  const parent = (p?: string) => p?.replace(/\/\d+$/, '');
  if (a.pointer !== undefined && b.pointer !== undefined) return /\/\d+$/.test(b.pointer) && parent(a.pointer) === parent(b.pointer);
  return a.kind === 'list-item' && b.kind === 'list-item';
}

/** "is", "was": the sentence goes on to say who the person named is. */
const IS_AFTER_NAME = /^\s+(?:is|was|has been|has|had)\s/u;
/** A clinician's title alone before a name ("Dr.", "Nurse"; not "Coach"). */
function titleOnly(lead: string): boolean {
  const m = /^[^\p{L}\d]*(\p{L}{1,12})\.?\s+$/u.exec(lead);
  return m !== null && peopleCues().staffTitles.has(m[1].toLowerCase()) && !isLayRole(m[1]);
}

/** A relative asking the organisation to tell a story: "His family asked us to share", "her daughter wanted us to share". */
const FAMILY_ASKED = /(?<![\p{L}])(?:family|families|wife|husband|daughter|daughters|son|sons|children|kids|mom|dad|mother|father|parents|widow|widower)\s+(?:has\s+|have\s+|had\s+)?(?:asked|wanted)\s+(?:us\s+)?(?:to|that)\s+(?:we\s+)?share/giu;

/** What the decision table asks about a post as a whole, worked out once per post. */
export class PostFacts {
  /** Segments of replies that confirm care: everything personal in them is part of that disclosure. */
  readonly careReplies: Set<number>;
  readonly storyIndex: number;
  readonly people: PeopleInPost;
  readonly pets: PetsInPost;
  /** Segments the public wrote (a review, a comment). */
  readonly publicSegments: Set<number>;
  /** Hits of rules that identify on their own (SSN, record number, date of birth), not advice, claims or contextual rules. */
  readonly directHits: Hit[];
  /** The post says its people are invented ("a composite story", "played by an actor"). */
  readonly fictional: boolean;
  private readonly views = new Map<number, Sentence>();

  constructor(readonly hits: Hit[], readonly ctx: PostContext) {
    this.people = new PeopleInPost(hits, ctx);
    this.pets = new PetsInPost(hits, ctx, this.people);
    this.fictional = ctx.segments.some((seg) => mayMatch(cueLists().fiction, seg.text) && cueLists().fiction.test(seg.text));
    this.publicSegments = new Set(ctx.sentences.filter((s) => s.public).map((s) => s.segment));
    this.directHits = hits.filter((h) => h.rule.spec.link === 'direct' && !h.rule.inPost && !CONTENT.has(h.rule.spec.category));
    this.careReplies = careReplySegments(hits, ctx, (k) => this.view(k), this.aboutAnimals);
    this.storyIndex = ctx.sentences.findIndex((_, k) => aboutPatient(this.view(k)));
  }

  /**
   * Sentence k read without the names and places found in it (and "patients"
   * that name no one), with a patient's name as its person; a pet's care and
   * a clinician's "she" are no patient's.
   */
  view(k: number): Sentence {
    let v = this.views.get(k);
    if (!v) {
      const s = this.ctx.sentences[k];
      const inside = this.hits.filter((h) => PROPER_NAMES.has(h.rule.spec.category) && h.segment === s.segment && h.start < s.end && h.end > s.start);
      // Read with the names blanked, judged on the words as written ("graduated from the Tri-County Paramedic Academy").
      v = withoutGenericPatients(withoutSpans(s, inside), s.text);
      // "Mr. Fenton's standing Friday B12 injections": a person's own care, even in the organisation's voice.
      if (!v.patient && v.health && this.possessesCare(s, v.health, inside)) v = { ...v, patient: v.health };
      // "SO proud of Jaylen 🏈 Back on the field 9 months after ACL reconstruction!": a status with no subject goes on about the person just named.
      const status = !v.personal && !v.patient && v.health && !s.org ? SUBJECTLESS.exec(s.text) : null;
      if (status && k > 0 && this.ctx.sentences[k - 1].segment === s.segment && this.namesPatient(k - 1)) v = { ...v, personal: { word: status[1], start: status.index + status[0].length - status[1].length } };
      // A slide or list item that is only care ("Meet Rita" / "Rotator cuff repair in January") goes on about the person of the one before.
      else if (!v.personal && !v.patient && v.health && !s.org && careFragment(s.text, v.health.start) && k > 0 && nextItem(this.ctx, k - 1, k) && this.namesPatient(k - 1)) v = { ...v, personal: v.health };
      // "Huge congratulations to this season's vision therapy grads: / - Nina R., 9, Brookhaven Elementary": people a line of care lists.
      else if (!v.patient && !v.health && this.ctx.segments[s.segment].kind === 'list-item' && this.namesPatient(k)) {
        const lead = this.listLeadCare(k);
        if (lead) v = { ...v, patient: { word: lead.word, start: 0 } };
      }
      // "after her husband's own hospice journey with another agency": care another organisation gave, no patient of ours.
      if ((v.health || v.personal || v.patient) && CARE_ELSEWHERE.test(s.text) && !OURS.test(s.text)) v = { ...v, health: undefined, personal: undefined, patient: undefined };
      // "we did 2,115 eye exams this summer across our Marion + Florence offices": care counted is the organisation's statistic.
      if (v.health && !v.patient && !this.namesPatient(k) && !MEASURE.test(v.health.word) && COUNTED_CARE.test(s.text.slice(Math.max(0, v.health.start - 28), v.health.start))) v = { ...v, health: undefined };
      // "12 suspected concussions referred for follow-up": a line that opens on a count is a statistic of the people counted.
      if (v.patient && !v.personal && COUNT_OPENS.test(s.text) && !this.namesPatient(k)) v = { ...v, patient: undefined, health: undefined };
      // "| Survived to hospital discharge | 11 | 8 |": a table's row of figures, counted.
      if ((v.health || v.patient) && labelsFigures(this.ctx.segments, s.segment) && !this.namesPatient(k)) v = { ...v, health: undefined, patient: undefined };
      // "Imagine a 7-year-old spending her birthday in the hospital. ... so she's a kid first and a patient second": still imagined.
      if (k > 0 && this.ctx.sentences[k - 1].segment === s.segment && IMAGINED.test(this.ctx.sentences[k - 1].text) && !inside.some((h) => h.rule.spec.category === 'name')) v = { ...v, patient: undefined, personal: undefined };
      const named = namedPerson(v, inside, this.ctx.segments[s.segment].text, (h) => !this.isPerson(h));
      // A staff member's birthday, or a public speaker's own story, is no patient's.
      // "HAPPY 100TH BIRTHDAY, HAROLD!" in a post whose named people are all staff or volunteers: theirs too.
      if (v.patient && (LIFE_EVENT.test(v.patient.word) || PUBLIC_APPEARANCE.test(s.text)) && (this.onlyStaffNamed(s) || this.birthdayOfStaff(s.text))) v = { ...v, patient: undefined };
      else if (v.patient && STAFF_EVENT.test(v.patient.word) && this.onlyStaffNamed(s, true)) v = { ...v, patient: undefined };
      // "For 31 years, Dr. Benning was the steady voice in our emergency department": where staff work.
      else if (v.patient && OUR_UNIT.test(v.patient.word) && this.onlyStaffNamed(s, true)) v = { ...v, patient: undefined };
      // "volunteer Harold Bjornstad has walked into our Great Room": staff or a volunteer arriving, with no care said.
      else if (v.patient && ARRIVAL.test(v.patient.word) && !v.health && this.onlyStaffNamed(s)) v = { ...v, patient: undefined };
      // A staff member telling their own story in their own words ("In her own words: "I've been in recovery myself""),
      // or by choice ("she asked us to share her story this October").
      // A post signed by a clinician and told in the first person ("author: Dr. Marcus Oyelowo, OD" ... "I read the chart at my post-op").
      // "CHRIS DOLAN, LCSW: I was a 24-year-old line cook ... my first panic attack": a staff speaker's own lines in a script.
      const staffLine = FIRST_PERSON.test(s.text) && staffSpeaksAt(this.ctx.segments[s.segment].text, s.start) && !this.namesPatient(k, true);
      if (staffLine) return this.keep(k, { ...v, patient: undefined, personal: undefined, health: undefined });
      // A quote may open sentences before ("I came here as a new grad in 2016. I was diagnosed with Crohn's my first year ..."),
      // when the sentence names no one ("Dr. Patel diagnosed my son's strep" is the clinician's care of the speaker's son).
      const quoted = v.patient !== undefined && (inFirstPersonQuote(s.text, v.patient.start) || (inside.length === 0 && inFirstPersonQuote(this.ctx.segments[s.segment].text, s.start + v.patient.start)));
      const ownStory = v.patient !== undefined && (((quoted || this.selfDisclosed) && this.staffSpeaks(k, v)) || (FIRST_PERSON.test(s.text) && this.staffAuthored && !this.namesPatient(k, true)));
      // "But my dad lived with type 2 diabetes" in a post by a staff member: the writer's own family, told by the writer.
      const ownFamily = !ownStory && v.personal !== undefined && !v.patient && FIRST_PERSON.test(s.text) && this.staffAuthored && !this.namesPatient(k, true);
      if (ownFamily) return this.keep(k, { ...v, personal: undefined, health: undefined });
      // "I'm Tessa, I'm 34, I'm from Bayport, and I've had eczema since I was a kid", by a writer who says they are staff: their own.
      const names = inside.filter((h) => h.rule.spec.category === 'name');
      // "I'm 55, I live in Linden, and on March 3 I'll have 12 years in recovery" after "Hi, I'm Ron Beck": the same writer's, naming no one else.
      const ownIntro = names.length ? names.every((h) => this.writerIntroduced(h) || !this.isPerson(h)) && names.some((h) => this.writerIntroduced(h)) : FIRST_PERSON.test(s.text) && this.writerIntroducedInPost() && !this.namesPatient(k, true);
      if (ownIntro) return this.keep(k, { ...v, personal: undefined, health: undefined, patient: undefined });
      if (ownStory) return this.keep(k, { ...v, patient: undefined, personal: undefined, health: undefined });
      // A testimonial in the first person ("I was too embarrassed to bring up ED with my doctor"): the speaker's own care,
      // unless the speaker is staff.
      if (!v.personal && !v.patient && v.health && !s.org && !s.public && !s.reply) {
        const me = FIRST_PERSON_CARE.exec(s.text);
        // Staff speak when the post names only staff and the sentence names no one ("I've been in recovery since 2016");
        // "Dr. Vance's tummy tuck gave me my core back" names the clinician, so the speaker is the patient.
        const namesSomeone = this.hits.some((h) => h.rule.spec.category === 'name' && within(h, s));
        // A question in the first person ("Q: Can I take ibuprofen if I'm on a blood pressure pill?") asks for anyone.
        // "As a public health nurse and a mom, I can't say it enough: vaccines work": staff speak.
        // "I was the kid stocking shelves at this pharmacy": a care setting alone is where the writer was, not care.
        if (me && (namesSomeone || !this.allNamedStaff()) && !this.staffAuthored && !QUESTION_END.test(s.text) && !WRITER_IS_STAFF.test(s.text) && !(settingOnly(s.text, v.health) && AT_THIS_PLACE.test(s.text.slice(0, v.health.start)))) v = { ...v, personal: { word: me[0], start: me.index } };
      }
      // ""I've been a NICU nurse for 27 years," said Nurse Manager Patricia Dunn, RN": staff speak of their work.
      if (v.personal && this.quotedStaff(s, v.personal)) v = { ...v, personal: undefined };
      // "She went home with the Garcia family" after a pet's name: the pet's care, not the family's.
      if (v.personal && this.pets.subjectIsPet(s, v.personal)) {
        const owner = this.pets.ownerWithCare(s, v.personal);
        v = owner ? { ...v, personal: owner } : { ...v, personal: undefined, patient: undefined };
      }
      // "Pepper, her 12-year-old tabby, was diagnosed with diabetes": the care of the first animal of its clause (context/pet-clause.ts).
      else if (v.health && this.pets.careOfAnimal(s, v.health)) v = { ...v, health: undefined, personal: undefined, patient: undefined };
      // A vet's post: "Dr. Haines says he's officially the most dramatic patient of the spring" is the dog.
      else if ((v.health || v.patient || v.personal) && this.pets.vetsCare(s)) v = { ...v, health: undefined, personal: undefined, patient: undefined };
      else if (named) v = { ...v, personal: named };
      else if (this.pets.aboutPet(s)) v = { ...v, personal: undefined, patient: undefined };
      // A clinician's "she": her life events are no patient's, unless she receives care herself.
      // "Carla noticed a white patch on the tongue of a longtime patient ... got her referred": the patient named as one stays.
      else if (v.personal && this.people.pronounNotPatient(s, v.personal)) v = { ...v, personal: undefined, patient: RECEIVES_CARE.test(s.text) || (v.patient && (PATIENT_NOUN.test(v.patient.word) || oneOfThem(s.text, v.patient))) ? v.patient : undefined };
      this.views.set(k, v);
    }
    return v;
  }

  /** "HAPPY 100TH BIRTHDAY, HAROLD!": the first name wished a happy birthday is a staff member's or volunteer's named in the post. */
  private birthdayOfStaff(text: string): boolean {
    const wished = BIRTHDAY_WISHED.exec(text)?.[1];
    return wished !== undefined && this.staffNamed([wished.toLowerCase()]);
  }

  /**
   * The care of the line that opens the list sentence k is in: the paragraph
   * before the list's items, ending with a colon, or the heading right above
   * it, when it speaks of care ("Vision Therapy Graduates ... this season's
   * grads:"), unless it thanks helpers ("Special thanks to:").
   */
  private listLeadCare(k: number): Cue | undefined {
    const { sentences, segments } = this.ctx;
    let j = k - 1;
    while (j >= 0 && segments[sentences[j].segment].kind === 'list-item') j--;
    if (j < 0 || !/:\s*$/.test(sentences[j].text) || HELPERS_LEAD.test(sentences[j].text)) return undefined;
    const lead = sentences[j].segment;
    for (let i = j; i >= 0 && (sentences[i].segment === lead || (sentences[i].segment === lead - 1 && segments[lead - 1].kind === 'heading')); i--) {
      if (sentences[i].health) return sentences[i].health;
    }
    return undefined;
  }

  /** The personal word lies in a quote attributed to a staff member ("..." said Dr. Watanabe). */
  private quotedStaff(s: Sentence, personal: Cue): boolean {
    const said = SAID_AFTER_QUOTE.exec(s.text);
    // The personal word must be inside the quote: after its opening mark, before its closing one.
    const open = said ? s.text.lastIndexOf('"', said.index - 1) : -1;
    const curly = said ? s.text.lastIndexOf('“', said.index) : -1;
    if (!said || said.index < personal.start || Math.max(open, curly) > personal.start || Math.max(open, curly) < 0) return false;
    const from = s.start + said.index + said[0].length;
    const speaker = this.hits.find((h) => h.rule.spec.category === 'name' && h.segment === s.segment && h.start >= from && h.start < from + 60);
    return speaker !== undefined && this.people.staffRole(speaker) !== undefined && !isLayRole(this.people.staffRole(speaker)!);
  }

  /** A patient's name in the possessive right before the health words ("Mr. Fenton's standing Friday B12 injections"). */
  private possessesCare(s: Sentence, health: Cue, inside: Hit[]): boolean {
    const text = this.ctx.segments[s.segment].text;
    const at = s.start + health.start;
    return inside.some((h) => h.rule.spec.category === 'name' && h.end <= at && POSSESSIVE_BEFORE.test(text.slice(h.end, at)) && this.isPerson(h) && this.people.staffRole(h) === undefined);
  }

  private keep(k: number, v: Sentence): Sentence {
    this.views.set(k, v);
    return v;
  }

  /** The sentence's person is staff: every name in it is staff's, or its pronoun means the staff member named before. */
  private staffSpeaks(k: number, v: Sentence): boolean {
    const s = this.ctx.sentences[k];
    if (this.onlyStaffNamed(s)) return true;
    // "I've been in recovery since 2016" in a post whose named people are all staff: the staff member speaks.
    if (FIRST_PERSON.test(s.text) && this.allNamedStaff()) return true;
    return !this.namesPatient(k) && v.personal !== undefined && this.people.pronounNotPatient(s, v.personal);
  }

  /** Some sentence in the organisation's words speaks of care or health ("our adolescent unit", "#TeenMentalHealth"). */
  get speaksOfCare(): boolean {
    // Service names count here ("our child psychiatry unit"): a named photo in such a post is likely a patient's.
    return (this.care ??= this.ctx.sentences.some((s) => !s.public && (s.health !== undefined || findTerms(s.text, cueLists().health, 1).length > 0)));
  }
  private care?: boolean;

  /** Every person named in the post is staff (and at least one is named). */
  private allNamedStaff(): boolean {
    // "Has a 4-year-old daughter, Maeve": a relative introduced by a family word is someone's family, not who says "I".
    const relative = (h: Hit) => FAMILY_BEFORE.test(this.ctx.segments[h.segment].text.slice(Math.max(0, h.start - 40), h.start));
    const names = this.hits.filter((h) => h.rule.spec.category === 'name' && this.people.kindOf(h) === undefined && !relative(h));
    return names.length > 0 && names.every((h) => this.people.staffRole(h) !== undefined);
  }

  /** The post speaks of animals (a vet's post): its care may be theirs. */
  get aboutAnimals(): boolean {
    return this.pets.animalsInPost();
  }

  /**
   * The post's "I" is staff: its author field names a clinician ("author: Dr.
   * Samir Haddad, PharmD"), or it opens as a staff takeover or a clinician's
   * self-introduction ("Hi, I'm Brianna, NP", "Confession from your optometrist").
   */
  private get staffAuthored(): boolean {
    return (this.byStaff ??= this.ctx.segments.some((seg) => writtenByStaff(seg)));
  }
  private byStaff?: boolean;

  /**
   * The name a writer who says they are staff introduces themself by: "I'm Dani, I'm 36 ... I'm also a licensed
   * esthetician at Glow", "Hi, I'm Keisha, one of the peer recovery specialists here". Only the name and the writer's
   * own lines: what such a writer tells of anyone else may still be a patient's.
   */
  writerIntroduced(h: Hit): boolean {
    const text = this.ctx.segments[h.segment].text;
    if (!introducesSelf(text, h.start)) return false;
    // "Hi, I'm Keisha, one of the peer recovery specialists here at Cedar Path": staff by the words around the name.
    if (this.people.staffRole(h) !== undefined) return true;
    return (this.writerSaysStaff ??= this.ctx.sentences.some((s) => !s.public && !s.reply && WRITER_IS_STAFF.test(s.text)));
  }
  private writerSaysStaff?: boolean;

  /** Whether a writer who says they are staff introduces themself by name somewhere in the post. */
  private writerIntroducedInPost(): boolean {
    return (this.introduced ??= this.hits.some((h) => h.rule.spec.category === 'name' && this.writerIntroduced(h)));
  }
  private introduced?: boolean;

  /** What the post calls the organisation that sends it (its sender field, hashtags, handles, domains). */
  private get senderKeys(): string[] {
    return (this.sender ??= ownOrgKeys(this.ctx.segments));
  }
  private sender?: string[];

  /** The post says someone chose to tell their own health story ("she asked us to share her story"). */
  private get selfDisclosed(): boolean {
    // "His family asked us to share how much it meant": the family's consent, given for a patient who cannot (no one's own story).
    const own = (text: string) => cueLists().selfDisclosure.test(text.replace(FAMILY_ASKED, ' '));
    return (this.disclosed ??= this.ctx.segments.some((seg) => mayMatch(cueLists().selfDisclosure, seg.text) && own(seg.text)));
  }
  private disclosed?: boolean;

  /** Whether sentence k is near the patient's story: within STORY_REACH sentences of a sentence about a patient (by view). */
  nearStory(k: number): boolean {
    this.near ??= storyReach(this.ctx.sentences, (i) => aboutPatient(this.view(i)) !== undefined);
    return this.near(k);
  }
  private near?: (k: number) => boolean;

  /** Whether a patient's name (not a staff member's, a pet's or a place's) is found in sentence k. */
  namesPatient(k: number, exceptWritersFamily = false): boolean {
    const s = this.ctx.sentences[k];
    // "My son Eli was born at 29 weeks", in a staff member's own words: the writer's family.
    const writersFamily = (h: Hit) => exceptWritersFamily && MY_FAMILY_BEFORE.test(this.ctx.segments[h.segment].text.slice(Math.max(0, h.start - 30), h.start));
    return this.hits.some((h) => h.rule.spec.category === 'name' && within(h, s) && this.isPerson(h) && !writersFamily(h));
  }

  /** Whether sentence k opens with a staff member's name and names no one else ("Linda grew up in Marion and has been a nurse"). */
  staffSubject(k: number): boolean {
    const s = this.ctx.sentences[k];
    const first = this.hits.filter((h) => h.rule.spec.category === 'name' && within(h, s)).sort((a, b) => a.start - b.start)[0];
    // "Dr. Haddad is a pediatric hospitalist ...": the name may follow its title when the sentence goes on to say who they are
    // (not "Nurse Ana Cole caught the first confirmed measles case": what she did, to someone else).
    if (first !== undefined) {
      const lead = s.text.slice(0, first.start - s.start);
      const says = lead.length <= 2 || (titleOnly(lead) && IS_AFTER_NAME.test(this.ctx.segments[first.segment].text.slice(first.end, first.end + 12)));
      return says && this.onlyStaffNamed(s);
    }
    // The detector does not report a staff member's first name again ("Linda grew up in Marion" after "Linda Okafor, RN").
    const opening = /^[^\p{L}\d]*(\p{Lu}[\p{L}'’-]+)/u.exec(s.text)?.[1];
    return opening !== undefined && this.people.isStaffWord(opening);
  }

  /** Whether the sentence names people and all of them are staff ("Happy 90th birthday to our founder, Dr. Green"). */
  private onlyStaffNamed(s: Sentence, clinical = false): boolean {
    // Towns and pets found as names ("grew up in Marion") are no one.
    const names = this.hits.filter((h) => h.rule.spec.category === 'name' && within(h, s) && this.people.kindOf(h) === undefined);
    const staff = (h: Hit) => this.people.staffRole(h) !== undefined && !(clinical && isLayRole(this.people.staffRole(h)!));
    return names.length > 0 && names.every(staff);
  }

  /** Whether a staff member of the post has these name words ("danielle okafor" after "Danielle Okafor, LCSW"). */
  staffNamed(words: string[]): boolean {
    return this.namedAs(words, (h) => this.people.staffRole(h) !== undefined);
  }

  /**
   * Whether a handle runs together the whole name of someone the post names
   * as staff, a public figure, or in no sentence about a patient
   * ("@daniokoro_runs" after "Olympic hurdler Dani Okoro spoke at our series").
   */
  handleOfNonPatient(handle: string, segment: number): boolean {
    const squashed = squash(handle);
    const theirs = this.hits.filter((h) => {
      if (h.rule.spec.category !== 'name' || h.segment === segment) return false;
      const words = this.ctx.segments[h.segment].text.slice(h.start, h.end).toLowerCase().match(/\p{L}{3,}/gu) ?? [];
      // "Marathoner Lena Faraday": a word of description before the name may be left out of the handle.
      return words.length >= 2 && squashed.includes(words.at(-1)!) && words.filter((w) => squashed.includes(w)).length >= 2;
    });
    const aboutThem = (h: Hit) => { const k = sentenceIndex(this.ctx, h.segment, h.start); return k >= 0 && aboutPatient(this.view(k)) !== undefined; };
    return theirs.length > 0 && theirs.every((h) => this.people.staffRole(h) !== undefined || !aboutThem(h));
  }

  /** Whether some of the words name a person in the post who is not staff ("maria" after "Maria Lopez" the patient). */
  nonStaffNamed(words: string[]): boolean {
    return this.namedAs(words, (h) => this.people.staffRole(h) === undefined && this.people.kindOf(h) === undefined);
  }

  /** Whether some of the words name a pet's person in the post ("tom_becker" after "Her dad Tom Becker"). */
  petsPersonNamed(words: string[]): boolean {
    return this.namedAs(words, (h) => this.people.kindOf(h) === 'owner');
  }

  private namedAs(words: string[], kind: (h: Hit) => boolean): boolean {
    return this.hits.some((h) => {
      if (h.rule.spec.category !== 'name' || !kind(h)) return false;
      const text = this.ctx.segments[h.segment].text;
      // 'volunteer Dorothy "Dot" Fairbanks': the nickname in quotes after the name is hers too.
      const nickname = QUOTED_AFTER.exec(text.slice(h.end, h.end + 30))?.[1] ?? '';
      const name = `${text.slice(h.start, h.end)} ${nickname}`.toLowerCase();
      return words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(name));
    });
  }

  /** The organisation's own site or event ("our Chicago clinic", a meeting room), not where someone lives. */
  isOwnSite(h: Hit): boolean {
    const text = this.ctx.segments[h.segment].text;
    if (h.rule.spec.senderName && isOwnOrgName(text.slice(h.start, h.end), this.senderKeys)) return true;
    return Boolean(h.ownSite || (h.rule.ownPlace?.(text, h) && !residence(text, h.start)));
  }

  /** A name that may be a patient's: not staff, not a pet, not a place. */
  isPerson(h: Hit): boolean {
    return this.people.staffRole(h) === undefined && this.people.kindOf(h) === undefined;
  }
}
