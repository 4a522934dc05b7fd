import { aboutPatient, isMetadata, sentenceIndex } from '../context/post.js';
import { isEponym } from '../context/eponym.js';
import { readFileName } from '../context/file-name.js';
import { altTextOf, showsNoOne } from '../context/image-alt.js';
import { LAB_VALUE } from '../context/lab-values.js';
import { particularPatient } from '../context/own-place.js';
import { isLayRole } from '../context/staff.js';
import { careTermsFrom } from '../context/describe.js';
import { cueLists } from '../lexicons/cue-lists.js';
import { isCommon, wordStats } from '../lexicons/stats.js';
import { findTerms } from '../text/terms.js';
import { isSupportHashtag } from '../detect/kinds/name-shapes.js';
import { type EntityKind, otherSexByName, placeCovers, PUBLIC_APPEARANCE, RECEIVES_CARE, within } from '../context/people.js';
import type { Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';
import { CONTENT, type PostFacts, PROPER_NAMES } from './post-facts.js';
import { WRITER_IS_STAFF } from './first-person.js';
import { handleOfNamedGroup, isOrgOrStaffHandle } from '../context/org-handles.js';
import { lazyRegex } from '../text/lazy-regex.js';

/** JSON keys that tag people on a post. */
const TAGGED = /\/(?:tagged(?:_?users)?|tags?_?users|mentions|tagged_?people|people_?tagged)(?:\/|$)/;

/** Handles of clinicians and organisations ("@drlenahoffman", "@dr.elena.ramos.dvm", "@harlananimalwelfare"). */

/** Segments that name or show the subject of the whole post: titles, captions, and what its images carry (src/images/). */
const TITLE_KINDS = new Set(['heading', 'frontmatter', 'image-alt', 'image-meta', 'image-gps', 'image-text', 'image-face']);

/** The object of a care act: "for the principal", "for our town's crossing guard". */
/** A description of a person, not a bare job or school ("college"): "a Cobb County school bus driver", "WKRN's morning weather anchor". */
const DESCRIBED_PERSON = lazyRegex(() => /^(?:a|an|the|one|\p{Lu}[\p{L}.-]*(?:\s+\d{1,3})?['’]s?)\s/iu);
/** A file name that says its photo shows the team. */
const STAFF_FILE = /(?:^|[^a-z])(?:staff|team|crew|nurses|employees|volunteers)(?:$|[^a-z])/;
const CARE_OBJECT = lazyRegex(() => /(?<![\p{L}])(?:on|in|of|to)\s+(?:(?:a|an|the)\s+)?$/iu);
/** A word far more often a given name than a surname ("jaylen", not "banner"). */
const givenName = (word: string) => { const s = wordStats(word); return s.first >= 500 && s.first > s.sur; };
/** "for a member in Tullahoma, a retired ...": one of the people the organisation serves, just before a description. */
const SERVED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:a|one of our|our)\s+(?:(?!(?:staff|team|board|faculty|crew|family|care|nursing)\s)[\p{L}-]+\s+){0,2}?(?:member|patient|client|resident|customer)s?(?![\p{L}])[^.!?]*$/iu);
/** "timing hops with Eastfield Eagles": someone a staff member works with or on, just before a description of them. */
const WORKED_WITH = lazyRegex(() => /(?<![\p{L}])(?:with|helping|helped|treating|treated)\s+(?:(?:a|an|the|our|their)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u);
const WE_TOOK = lazyRegex(() => /(?<![\p{L}])we\s+(?:took|walked|guided|brought|got|saw|treated|rehabbed|cleared|fitted|followed)\s+$/iu);
/** "... could get his ": the care that follows is the person's own. */
const HIS_OR_HER_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu);
/** A title or a room number in a file name: "mr-albert-dunn", "rm214". */
const HUMAN_FILE = lazyRegex(() => /(?:^|[^a-z])(?:mr|mrs|ms|miss|rm\d+|room\d+)(?![a-z])/i);
const CARE_FOR = lazyRegex(() => /(?<![\p{L}])(?:for|help|helped|helping|treated|treating|saw|seeing)\s+(?:our\s+)?$/iu);

/** "she had", "he'd cracked": the person's pronoun and a verb of injury or care, then up to two words. */
const INJURY_VERBS = 'had|has|got|underwent|needed|received|broke|cracked|tore|fractured|hurt|injured';
const pronounDid = (verbs: string) => `(?:he|she)(?:['’]d)?\\s+(?:(?:${verbs})\\s+(?:[\\p{L}\\d-]+\\s+){0,2})?`;
/** "... his heart transplant", "he fractured both front teeth", "she survived": right before the care, in the same sentence. */
// "her" as an object ("brought her in for surgery", the pet) is not a possessive.
const OWN_CARE_BEFORE = lazyRegex(() => new RegExp(`(?<![\\p{L}])(?:(?:his|her|su)\\s+(?!(?:in|to|for|out|up|home|back|off|on|at|with|into|from|through|over)\\s)(?:[\\p{L}\\d-]+\\s+){0,3}|${pronounDid(`${INJURY_VERBS}|started|finished|beat|survived`)})$`, 'iu'));
/** "Congrats to Pastor Eli Mbatha on finishing our 16-week Diabetes Prevention Program": a program of care the person went through. */
const FINISHED_OUR = lazyRegex(() => /(?<![\p{L}])on\s+(?:finishing|completing|graduating from|wrapping up)\s+(?:our|the|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu);
/** "..., who came in this morning with a dislocated pinky", "limped in Tuesday for": arriving for care, right before it. */
const CAME_IN_WITH = lazyRegex(() => /(?<![\p{L}])(?:came|comes|walked|limped|hobbled|rolled|stopped|was brought|was rushed)\s+in(?:to\s+(?:our|the)\s+[\p{L}-]+)?(?:\s+[\p{L}\d:.]+){0,3}?\s+(?:with|for)\s+(?:(?:a|an|his|her|their|two|both)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu);
/** "She'd cracked a molar", "he underwent": the same, in the sentence after the name. */
/** A first-person quote the person is credited with: ""I take my pill every morning," she says", "... Ray says". */
const TOLD_BY_SELF = lazyRegex(() => /["“][^"”]*(?<![\p{L}])(?:I|I['’]m|I['’]ve|my)(?![\p{L}])[^"”]*["”],?\s+(?:she|he|they|\p{Lu}[\p{L}'’-]+)\s+(?:says|said|shares|shared|adds|added|explains|explained|laughs|jokes)(?![\p{L}])/u);
/** A test result given as a number: "A1c ... 14.2%", "glucose of 412", "LDL 190". */
const labValueIn = (text: string) => {
  LAB_VALUE.lastIndex = 0;
  const found = LAB_VALUE.test(text);
  LAB_VALUE.lastIndex = 0;
  return found;
};
/** The label of an imaging study's or a specimen's number, which only a patient has: "acc# ", "Accession no. ", "specimen ID ". */
const STUDY_LABEL_BEFORE = /(?<![a-z])(?:acc|accession|specimen)(?![a-z])[^\n]{0,14}$/i;
const LAB_RESULT = lazyRegex(() => /\d(?:[\d.,]*)\s*(?:%|mg\/dl|mmol|ng\/ml|u\/l)(?![\p{L}])/iu);
/** A sentence that only congratulates someone: "Congrats, Daniela!", "¡Felicidades, Mateo!", "So proud of you, Jaylen!!". */
const CONGRATS_ONLY = lazyRegex(() => /^[\s¡!]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:[Cc]ongrats|[Cc]ongratulations|CONGRATS|[Ff]elicidades|[Ff]elicitaciones|[Ww]ay to go|[Ss]o proud of you|[Pp]roud of you|[Ww]e(?:['’]re| are) so proud of you)[,!]?\s+(?:to\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}[!.\s]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/u);
const OURS_OR_COUNTED = lazyRegex(() => /(?<![\p{L}])(?:our|we|we['’](?:ve|re))(?![\p{L}])|\d[\d,]{2,}/iu);
/** A quote's credit line: "— Maya R., Summit Hollow", "- Jo". */
const CREDIT_BEFORE = /(?:^|\n|["”»]\s*)[ \t]*[—–~-]{1,2}[ \t]*$/u;
/** Care the organisation gave: "a patient here", "treated in our ER", "with us". */
const CARED_FOR_HERE = lazyRegex(() => /(?<![\p{L}])(?:here|with us|at our|in our|on our|by our)(?![\p{L}])/iu);
const SHE_DID = lazyRegex(() => new RegExp(`(?<![\\p{L}])${pronounDid(INJURY_VERBS)}$`, 'iu'));
/** A possessive and a relative right after a name. */
const RELATIVE_AFTER = lazyRegex(() => /^['’]s\s+(?:wife|husband|son|daughter|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|sister|brother|baby|kids|children|partner|fianc[ée]e?|widow|widower)(?![\p{L}])/iu);
const TITLE_SUBJECT = lazyRegex(() => /^\W*(?:Coach|Mayor|Pastor|Captain|Chief|Principal|Judge|Sheriff|Officer|Deputy|Senator|Rev\.?|Reverend|Father|Sister)\s+(?:had|has|was|is|underwent|got|needed|received|broke|tore|fractured|spent)(?![\p{L}])/u);
/** A person whose own colleagues cared for them works with them: "his own crew brought him back". */
const OWN_CREW = lazyRegex(() => /(?<![\p{L}])(?:his|her|their)\s+(?:own\s+)?(?:crew|crewmates|coworkers|co-workers|colleagues|fellow (?:firefighters|medics|nurses|paramedics|officers))(?![\p{L}])/iu);
/** "our patient & local legend Coach": the organisation's patient, then the public role. */
const OUR_PATIENT_BEFORE = lazyRegex(() => /(?<![\p{L}])our\s+(?:patient|client|member|resident)\s*(?:&|and)\s+(?:[\p{L}-]+\s+){0,3}$/iu);
/** "Coach Marty, you were ...": the name is spoken to. */
const SPOKEN_TO = lazyRegex(() => /^,\s+you(?![\p{L}])/iu);
/** ... and told of their own care: "hope that bruise on your thigh heals fast", "your new knee" (not "you and your team"). */
const HEALING = lazyRegex(() => /(?<![\p{L}])(?:heal|heals|healing|feel better|feels better|feeling better|get well|recover|recovery)(?![\p{L}])/iu);
/** A wish for someone's recovery: "get well soon", "hope the cast comes off", "speedy recovery". */
const HEALING_WISH = lazyRegex(() => /(?<![\p{L}])(?:get well|speedy recovery|feel better|heal(?:s|ing)? (?:up|fast|quickly)|hope (?:the|your|that) [^.!?]{0,40}(?:comes off|heals|goes well|is healing))(?![\p{L}])/iu);
/** A name spoken to after a comma: "..., Coach Benny!" */
const VOCATIVE_BEFORE = lazyRegex(() => /,\s*(?:\p{Lu}[\p{L}.]*\s+)?$/u);
const YOUR_BEFORE = lazyRegex(() => /(?<![\p{L}])your\s+(?:[\p{L}\d-]+\s+){0,3}$/iu);

/** "the gentleman in bed 14", "the little girl in room 3": a person placed in a room or bed. */
// "Our 94-year-old WWII vet from Elm Grove in bed 7": described, and from a place, before the room.
const PERSON_IN_ROOM = lazyRegex(() => /(?<![\p{L}])(?:the|a|an|our)\s+(?:[\p{L}\d-]+\s+){0,3}?(gentleman|lady|man|woman|guy|gal|boy|girl|baby|kiddo|child|teen|patient|resident|grandma|grandpa|mom|dad|couple|family|veteran|(?:wwii|ww2|army|navy|marine|vietnam|korean war)\s+vet)\s+(?:from\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:in|from)\s+$/iu);

/** "FRAME 3:", "VO:", "ON-SCREEN:": a script's label at the start of a line. */
const SCRIPT_LABEL = /^\s*[A-Z][A-Z\d /&-]{1,24}:\s*/u;

/** Id categories whose codes may carry a patient's surname. */
const CODE_CATEGORIES = new Set(['other-id', 'mrn', 'health-plan', 'account']);

/** Keys that name who wrote a review or comment. */
const AUTHOR_KEYS = /^(?:user|username|author|reviewer|name|handle|from|commenter)$/i;

/** What the decision table asks about one hit; each fact is worked out only when a row asks for it. */
export class HitFacts {
  private k?: number;
  constructor(readonly hit: Hit, private readonly post: PostFacts) {}

  private get text(): string { return this.post.ctx.segments[this.hit.segment].text; }
  private get category(): string { return this.hit.rule.spec.category; }
  private get sentenceIdx(): number { return (this.k ??= sentenceIndex(this.post.ctx, this.hit.segment, this.hit.start)); }
  private get sentence(): Sentence | undefined { return this.sentenceIdx >= 0 ? this.post.view(this.sentenceIdx) : undefined; }

  get kind(): EntityKind | undefined { return this.post.people.kindOf(this.hit); }
  /** Reported wherever it is found; a composite character's description is left to the fictional-name row. */
  get direct(): boolean { return this.hit.rule.spec.link === 'direct' && !(this.post.fictional && this.hit.rule.spec.detector === 'combo'); }
  get healthContent(): boolean { return CONTENT.has(this.category); }
  /** A name, or a description of one person ("a 52-year-old bus dispatcher"), in a post that says its people are invented. */
  get fictionalName(): boolean { return this.post.fictional && (this.category === 'name' || this.category === 'photo' || this.hit.rule.spec.detector === 'combo'); }
  /** The post says its people are invented: where its patient was cared for points at no one. */
  get inventedPatient(): boolean { return this.post.fictional; }
  get eponym(): boolean { return PROPER_NAMES.has(this.category) && isEponym(this.text, this.hit.start, this.hit.end); }
  /**
   * The title or job that makes a name staff or a public figure. A public
   * figure or volunteer in a sentence about their own care is a patient there.
   */
  /**
   * A description (age, school, job with a place) in a sentence whose person is
   * staff: "She grew up in Florence and played college volleyball" after
   * "Dr. Naomi Achebe, OD" describes the new optometrist, not a patient.
   */
  get describesStaff(): boolean {
    if (this.hit.rule.spec.detector !== 'combo' || this.sentenceIdx < 0) return false;
    const raw = this.post.ctx.sentences[this.sentenceIdx];
    if (this.post.view(this.sentenceIdx).patient) return false;
    // "an emergency extraction at 6:45pm for the principal of Westbrook Middle": the one cared for, not the staff thanked before.
    if (raw.health && CARE_FOR().test(this.text.slice(Math.max(0, this.hit.start - 12), this.hit.start))) return false;
    // "This winter we took the starting point guard for Westfield High through the full pathway": whom the team cared for.
    if (raw.health && WE_TOOK().test(this.text.slice(Math.max(0, this.hit.start - 20), this.hit.start))) return false;
    // "caught a pulmonary embolism in WKRN's morning weather anchor", "a routine exam on a Cobb County school bus driver": the care's object.
    if (raw.health && DESCRIBED_PERSON().test(this.text.slice(this.hit.start, this.hit.end)) && CARE_OBJECT().test(this.text.slice(Math.max(0, this.hit.start - 12), this.hit.start))) return false;
    // "she spent three days on the phone for a member in Tullahoma, a retired school bus driver": the person served, described.
    if (raw.health && SERVED_BEFORE().test(this.text.slice(Math.max(raw.start, this.hit.start - 80), this.hit.start))) return false;
    // "Dr. Whitaker timing single-leg hops with Eastfield Eagles point guard #23": someone the staff member works with.
    if (raw.health && WORKED_WITH().test(this.text.slice(Math.max(0, this.hit.start - 50), this.hit.start))) return false;
    // "so the Eastbrook fire chief could get his scan done before his back surgery": the described person's own care.
    if (this.ownsCareAfter(raw)) return false;
    // "Linda grew up in Marion and has been a nurse for 31 years", "She grew up in Tyler" after "Dr. Achebe, OD".
    // "I've been a nurse care manager at ClearPath Health for 9 years": the writer's own job.
    return this.post.staffSubject(this.sentenceIdx) || WRITER_IS_STAFF.test(raw.text) || Boolean(raw.personal && this.post.people.pronounNotPatient(raw, raw.personal));
  }
  /** A care term right after the described person, owned by "his", "her" or "their" within the same clause. */
  private ownsCareAfter(raw: Sentence): boolean {
    const end = raw.start + raw.text.length;
    const care = careTermsFrom(this.text.slice(0, end), this.hit.end, cueLists())[0];
    return care !== undefined && care.start - this.hit.end < 60 && (HIS_OR_HER_BEFORE().test(this.text.slice(this.hit.end, care.start)) || /^(?:his|her|their)\s/i.test(care.word)) && !/[.;:!?]/.test(this.text.slice(this.hit.end, care.start));
  }
  get staffRole(): string | undefined {
    if (this.category === 'photo') return this.staffPhoto();
    const role = this.category === 'name' ? this.post.people.staffRole(this.hit) ?? (this.post.writerIntroduced(this.hit) ? 'the writer' : undefined) : undefined;
    if (!role) return undefined;
    // "Coach Brandt's wife", "Mayor Fenwick's mother": the name points at a relative, who may be the patient.
    if (RELATIVE_AFTER().test(this.text.slice(this.hit.end, this.hit.end + 24))) return undefined;
    // Staff fall ill too: "keep our own Nurse Tina in your prayers as she recovers from surgery".
    const s = this.sentenceIdx >= 0 ? this.post.ctx.sentences[this.sentenceIdx] : undefined;
    if (s && this.careAfterName(s) && this.patientCue) return undefined;
    // "our patient & local legend Coach Ray Simmons": the organisation names the public figure its patient.
    if (isLayRole(role) && OUR_PATIENT_BEFORE().test(this.text.slice(Math.max(0, this.hit.start - 60), this.hit.start))) return undefined;
    // A public figure or volunteer whose sentence tells of their own care, not just a birthday.
    // "his own crew brought him back": a captain of the organisation's crew is staff, whose own health is theirs to tell.
    if (!isLayRole(role) || (s && PUBLIC_APPEARANCE.test(s.text)) || OWN_CREW().test(this.text)) return role;
    // "Ashford FC captain Riley Chen doing single-leg squats in week 10 of ACL rehab": a photo's alt text shows them in care.
    if (s?.health && this.post.ctx.segments[this.hit.segment].kind === 'image-alt') return undefined;
    // "Congrats to Coach Darnell on ditching his contacts! 20/20 the morning after surgery.": the care may follow in the next sentence.
    return (this.patientCue && s?.health) || (s && this.ownCareAfter(s)) || this.careGoesOn(true) ? undefined : role;
  }
  /** A code of a person-linked id rule with a surname in it ("2024-0173-ruiz"): the surname, or undefined. */
  get codeWithName(): string | undefined {
    if (this.hit.rule.spec.link !== 'person' || !CODE_CATEGORIES.has(this.category)) return undefined;
    const code = this.text.slice(this.hit.start, this.hit.end);
    // Handles, emails and links name their owner on purpose; their own rules judge them.
    if (/[@/]/.test(code)) return undefined;
    const words = code.match(/\p{L}{3,}/gu) ?? [];
    return words.find((w) => { const s = wordStats(w); return s.sur >= 1000 && !isCommon(s) && !s.first; });
  }
  /** What a photo's file name says (who, what care), read once for the rows that ask. */
  private get fileName(): ReturnType<typeof readFileName> {
    return (this.reading ??= readFileName(this.text.slice(this.hit.start, this.hit.end)));
  }
  private reading?: ReturnType<typeof readFileName>;
  /** "aisha-rahman-headshot.jpg" on a spotlight of Aisha Rahman, PharmD: a photo of the staff member the post names. */
  private staffPhoto(): string | undefined {
    const reading = this.fileName;
    if (reading.person && !reading.care && this.post.staffNamed(reading.person)) return reading.person.join(' ');
    // "lorraine-walking-garden.jpg" in a post by "Lorraine Baptiste, CEO": a given name only staff have in this post.
    if (reading.given && !reading.care && this.post.staffNamed([reading.given]) && !this.post.nonStaffNamed([reading.given])) return reading.given;
    // "staff_babyfriendly_banner_2025.jpg", "night-crew-holiday.jpg": a photo of the team, so named.
    const file = this.text.slice(this.hit.start, this.hit.end).toLowerCase();
    return !reading.person && !reading.care && STAFF_FILE.test(file) ? 'a photo of the team' : undefined;
  }
  /** The sentence tells of someone receiving care after this name ("Nurse Tina ... as she recovers"), not before it ("Waffles was diagnosed ... by Dr. Ramos"). */
  private careAfterName(s: Sentence): boolean {
    if (s.segment !== this.hit.segment) return false;
    if (!RECEIVES_CARE.test(this.text.slice(this.hit.end, s.start + s.text.length))) return false;
    // "Dr. Ruth Kaplan was diagnosed with hypertension at 41. "I take my pill every morning," she says.": her own story, in her words.
    // Not when the organisation cared for them: "Hank was a patient here himself ... "The cath lab team saved my life," he says".
    const next = this.post.ctx.sentences[this.sentenceIdx + 1];
    return CARED_FOR_HERE().test(s.text) || !TOLD_BY_SELF().test(s.text + (next && next.segment === s.segment ? next.text : ''));
  }
  /**
   * After the name, its sentence tells of the person's own care: a possessive
   * right before the care ("Coach Tony ..., who ran the 5K a year after his
   * heart transplant"), or the person is spoken to ("Coach Marty, you were a
   * champ — hope that EpiPen bruise heals fast").
   */
  private ownCareAfter(s: Sentence): string | undefined {
    if (!s.health || s.segment !== this.hit.segment) return undefined;
    // Spoken to at the end, after the care: "... hope the cast comes off in time for the playoffs, Coach Benny!"
    const end = s.start + s.text.length;
    if (HEALING_WISH().test(s.text) && VOCATIVE_BEFORE().test(this.text.slice(Math.max(0, this.hit.start - 16), this.hit.start)) && /^\W*$/u.test(this.text.slice(this.hit.end, end))) return s.health.word;
    if (s.start + s.health.start < this.hit.end) return undefined;
    const rest = this.text.slice(this.hit.end, s.start + s.text.length);
    // The sentence's first health words and any later term ("gave blood ... after his crash on Route 2").
    const first = { start: s.start + s.health.start - this.hit.end, end: s.start + s.health.start - this.hit.end + s.health.word.length };
    const terms = [first, ...findTerms(rest, cueLists().health, 4)];
    const word = (t?: { start: number; end: number }) => t && rest.slice(t.start, t.end);
    if (SPOKEN_TO().test(rest) && HEALING().test(rest)) return s.health.word;
    if (SPOKEN_TO().test(rest)) return word(terms.find((t) => YOUR_BEFORE().test(rest.slice(0, t.start))));
    // "Mayor Don Feeney's bypass went great": the name's own care, by its possessive.
    return word(terms.find((t) => OWN_CARE_BEFORE().test(rest.slice(0, t.start)) || /^['’]s\s+(?:[\p{L}\d-]+\s+){0,3}$/u.test(rest.slice(0, t.start)) || CAME_IN_WITH().test(rest.slice(0, t.start)) || FINISHED_OUR().test(rest.slice(0, t.start)) || /^(?:his|her)\s/i.test(rest.slice(t.start, t.end))));
  }
  /** A name with a public figure's or volunteer's title ("Coach Ramirez"). */
  private get publicFigure(): boolean {
    const role = this.category === 'name' ? this.post.people.staffRole(this.hit) : undefined;
    return role !== undefined && isLayRole(role);
  }
  /** The care of the sentence before, in the same segment, when no one else is named in it. */
  private careJustBefore(s: Sentence): string | undefined {
    const k = this.sentenceIdx;
    const prev = k > 0 ? this.post.ctx.sentences[k - 1] : undefined;
    if (!prev || prev.segment !== s.segment || prev.org || prev.public) return undefined;
    // "Our pharmacy gave 4,000 flu shots this fall. Congratulations, Maria!": the organisation's work, not one person's care.
    if (OURS_OR_COUNTED().test(prev.text)) return undefined;
    const named = this.post.hits.some((h) => h.rule.spec.category === 'name' && within(h, prev));
    return named ? undefined : this.post.view(k - 1).health?.word;
  }
  /** The next sentence of the segment tells of care and names no one else: it goes on about this person. */
  private careGoesOn(orOpensOnCare = false): boolean {
    const k = this.sentenceIdx;
    const { sentences } = this.post.ctx;
    const next = k >= 0 ? sentences[k + 1] : undefined;
    if (!next || next.segment !== sentences[k].segment || next.org || next.public) return false;
    const view = this.post.view(k + 1);
    // Another person named there takes the care ("Dale" after "Coach Dale Rutter" is still him).
    const own = new Set(this.text.slice(this.hit.start, this.hit.end).split(/\s+/));
    // A clinician named there ("with our retina specialist Dr. Amir Haddad") gives the care, not takes it.
    const clinician = (h: Hit) => { const role = this.post.people.staffRole(h); return role !== undefined && !isLayRole(role); };
    const other = (h: Hit) => h.rule.spec.category === 'name' && within(h, next) && !own.has(this.post.ctx.segments[h.segment].text.slice(h.start, h.end)) && !clinician(h);
    if (view.health === undefined || this.post.hits.some(other)) return false;
    // "... Ray went into cardiac arrest. ... "I tell people to learn CPR because I'm alive," Ray says": their own story, told by them.
    if (TOLD_BY_SELF().test(this.text.slice(next.start))) return false;
    // "Husband Luis ... — three years after her own knee surgery": a pronoun that cannot be this person's.
    if (next.personal && otherSexByName(this.text.slice(this.hit.start, this.hit.end), next.personal.word)) return false;
    // Its subject is this person: a pronoun ("his knee"), or none at all ("20/20 the morning after surgery").
    // A possessive right before the care ("his knee", "her new hip"), not what the person does ("she knits for every hospice family").
    // Or the person's pronoun and a verb of injury or care ("She'd cracked a molar on a granola bar").
    // "Coach had emergency surgery": the title as the next sentence's subject is the person too.
    const itsOwn = TITLE_SUBJECT().test(next.text) || (view.personal !== undefined && /^(?:his|her)$/i.test(view.personal.word) && view.health.start - view.personal.start < 30 && view.health.start > view.personal.start) ||
      SHE_DID().test(next.text.slice(Math.max(0, view.health.start - 40), view.health.start));
    // A script's next frame ("FRAME 3: 3 weeks after ...") goes on the same way.
    // After a public figure congratulated, "LASIK on Friday morning, reading the scoreboard ...": a sentence that opens on the care itself.
    return itsOwn || /^\W*(?:\d|\p{Ll})/u.test(next.text.replace(SCRIPT_LABEL, '')) || (orOpensOnCare && /^\W*$/u.test(next.text.slice(0, view.health.start)));
  }
  /**
   * The care words of a quote this name is credited with on the line after it:
   * ""Woke up with a UTI at 6am ... Lifesaver!!" — Maya R., Summit Hollow".
   */
  private quotedCare(): string | undefined {
    const k = this.sentenceIdx;
    if (k < 1 || this.category !== 'name' || !CREDIT_BEFORE.test(this.text.slice(Math.max(0, this.hit.start - 12), this.hit.start))) return undefined;
    const { sentences } = this.post.ctx;
    // Back through the quote, from its closing mark to its opening one.
    let quoted = false;
    for (let j = k - 1; j >= Math.max(0, k - 4) && sentences[j].segment === this.hit.segment; j--) {
      const s = sentences[j];
      if (/["”»“«]/u.test(s.text)) quoted = true;
      const view = this.post.view(j);
      if (quoted && !s.public && !view.org && view.health) return view.health.word;
      if (/^\W*["“«]/u.test(s.text)) break;
    }
    return undefined;
  }
  /** A place or facility found inside a longer person's name ("Fairbanks" in "Dr. Naomi Fairbanks"). */
  get insidePersonName(): boolean {
    if (this.category !== 'location') return false;
    const { hit } = this;
    return this.post.hits.some((h) => h.rule.spec.category === 'name' && h.segment === hit.segment && h.start < hit.start && h.end >= hit.end && this.post.people.kindOf(h) === undefined);
  }
  /** A place rule reports the same words (a town found both as a town and as a name). */
  get placeReported(): boolean {
    return placeCovers(this.post.hits, this.hit);
  }
  /**
   * A photo whose file name names a person who is not staff, with care in the
   * file name or a patient story in the post ("maria-gonzalez-hip-surgery.jpg").
   */
  get namedPhoto(): string | undefined {
    if (this.category !== 'photo') return undefined;
    const reading = this.fileName;
    // "IMG_2291_jaylen_first_cleaning_0819.jpg": a given name alone, with care, on a post that is not a vet's.
    const given = reading.given && reading.care && givenName(reading.given) && !this.post.aboutAnimals ? [reading.given] : undefined;
    const person = reading.person ?? given;
    if (!person || this.post.staffNamed(person) || this.post.petsPersonNamed(person)) return undefined;
    // "volunteer-harold-breen.jpg": the organisation's own people, unless the file name gives care too.
    if (reading.role && !reading.care) return undefined;
    // "biscuit-tplo-recovery-okafor-family.jpg" on a vet's post: the pet's family.
    if (reading.family && this.post.pets.vetsPost()) return undefined;
    if (reading.care) return `the file name names a person and their care ("${reading.care}")`;
    if (this.post.storyIndex >= 0) return 'the file name names a person, in a post about a patient';
    // On a vet's post the care is the animals' ("jasper_fairbanks.jpg": the cat and its owner's surname).
    // "visiting-pets-mr-albert-dunn-memorycare-rm214.jpg": a title or a room makes the person named a person, whatever animals the post has.
    return this.post.speaksOfCare && (!this.post.aboutAnimals || HUMAN_FILE().test(this.text.slice(this.hit.start, this.hit.end))) ? 'the file name names a person, in a post about care' : undefined;
  }
  /**
   * The image's alt text shows no one ("Empty MRI scanner room", "Chart showing
   * three stages of frostbite"): the picture cannot show the patient of a story.
   */
  get photoOfNoOne(): boolean {
    if (this.category !== 'photo') return false;
    const alt = altTextOf(this.post.ctx.segments, this.hit.segment, this.text.slice(this.hit.start, this.hit.end));
    return alt !== undefined && showsNoOne(alt);
  }
  /** A person tagged on a post that speaks of care (JSON "tagged_users" on a memory-care or PrEP post): the post is about them. */
  get taggedInCarePost(): boolean {
    const key = (this.post.ctx.segments[this.hit.segment].pointer ?? '').toLowerCase();
    const text = this.post.ctx.segments[this.hit.segment].text.slice(this.hit.start, this.hit.end);
    // On a vet's post the care is the animals' and a tagged handle is the pet's or its owner's.
    // "@jamal.speaks" on a post about "peer support specialist Jamal Hughes": the staff member's own handle.
    // Worked out only for a tagged hit (a function, not a value): it reads every name and segment of the post.
    const staffHandle = () => this.post.staffNamed(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2)) || this.post.handleOfNonPatient(text, this.hit.segment) || handleOfNamedGroup(text, this.post.ctx.segments);
    return TAGGED.test(key) && !isOrgOrStaffHandle(text) && !staffHandle() && this.post.speaksOfCare && !this.post.aboutAnimals && this.post.people.staffRole(this.hit) === undefined;
  }
  /** Remembered: three rows ask it, and for a place it reads the words around the hit each time. */
  get ownSite(): boolean { return (this.site ??= this.post.isOwnSite(this.hit)); }
  private site?: boolean;
  /** A room or bed number and a person's name (not staff, a pet or a place) in one sentence: what the other one is. */
  get personInRoom(): string | undefined {
    const k = this.sentenceIdx;
    if (k < 0) return undefined;
    const s = this.post.ctx.sentences[k];
    if (this.hit.rule.spec.locatesPerson) {
      if (this.post.namesPatient(k)) return "a person's name";
      // "the gentleman in bed 14 could video-call his daughter before his bypass surgery": where a patient lies.
      const person = PERSON_IN_ROOM().exec(this.text.slice(Math.max(0, this.hit.start - 80), this.hit.start));
      return person && this.post.speaksOfCare ? `a person ("${person[1]}")` : undefined;
    }
    if (this.category !== 'name' || !this.post.isPerson(this.hit)) return undefined;
    return this.post.hits.some((h) => h.rule.spec.locatesPerson && within(h, s) && !this.post.isOwnSite(h)) ? 'a room or bed number' : undefined;
  }
  /** In a reply that speaks of someone's care, or the name of the person such a reply answers. */
  get careReply(): boolean {
    const { careReplies, ctx } = this.post;
    if (careReplies.has(this.hit.segment)) return true;
    const seg = ctx.segments[this.hit.segment];
    return careReplies.size > 0 && this.publicVoice && AUTHOR_KEYS.test(seg.key ?? '');
  }
  /** In a review or comment by a member of the public, quoted for context. */
  get publicVoice(): boolean {
    if (!this.post.publicSegments.has(this.hit.segment)) return false;
    // A thread pasted as text mixes the public's lines with the organisation's replies: the sentence says whose it is.
    const raw = this.sentenceIdx >= 0 ? this.post.ctx.sentences[this.sentenceIdx] : undefined;
    return raw === undefined || raw.segment !== this.hit.segment || raw.public === true;
  }
  get siteCareCue(): string | undefined {
    const s = this.sentence;
    return s && particularPatient(s, this.post.namesPatient(this.sentenceIdx))?.word;
  }
  get patientCue(): string | undefined {
    // "2024 at Magnolia 💕 2,318 babies born · 312 water births": a name the post uses as a place is no patient.
    if (this.category === 'name' && this.kind === 'place') return undefined;
    // "#TeamBrandonBeatsHepC", "#PrayForEllie": a hashtag rallying behind one person is about their care.
    const tag = this.text.slice(this.hit.start, this.hit.end);
    if (this.category === 'name' && isSupportHashtag(tag)) return tag;
    // "Coach Tony ..., who ran the 5K a year after his heart transplant": the person's own care, even at an event.
    const raw = this.sentenceIdx >= 0 ? this.post.ctx.sentences[this.sentenceIdx] : undefined;
    const own = this.category === 'name' && raw ? this.ownCareAfter(raw) : undefined;
    if (own) return own;
    // "Congrats to Darnell on ditching his contacts! 20/20 the morning after surgery.": the next sentence goes on about this person.
    if (this.category === 'name' && this.careGoesOn(this.publicFigure)) return this.post.view(this.sentenceIdx + 1).health!.word;
    // "Braces off day!! Congrats, Daniela!": the person congratulated right after the care, and for it.
    if (this.category === 'name' && raw && CONGRATS_ONLY().test(raw.text)) {
      const care = this.careJustBefore(raw);
      if (care) return care;
    }
    const quoted = this.quotedCare();
    if (quoted) return quoted;
    // "Accession #LB-2024-118342 came through with the highest A1c we've seen all year": a record code with a result is a patient's.
    if (this.category === 'other-id' && raw?.health && !raw.org && !raw.public && (LAB_RESULT().test(raw.text) || labValueIn(raw.text))) return raw.health.word;
    // "her name's denise harlow, acc# MM24-03317" in a mammogram post: a study's or specimen's number beside a person is that patient's.
    if (this.category === 'other-id' && raw?.personal && !raw.org && !raw.public && this.post.speaksOfCare && STUDY_LABEL_BEFORE.test(this.text.slice(Math.max(0, this.hit.start - 24), this.hit.start))) return raw.personal.word;
    return this.sentence && aboutPatient(this.sentence)?.word;
  }
  get storyCue(): string | undefined {
    if (this.category === 'name' && this.kind === 'place') return undefined;
    const { storyIndex } = this.post;
    return storyIndex >= 0 && this.tiedToStory() ? aboutPatient(this.post.view(storyIndex))!.word : undefined;
  }
  /** The category of a direct identifier (SSN, record number, date of birth) found in the same sentence. */
  get directBeside(): string | undefined {
    const k = this.sentenceIdx;
    if (k < 0) return undefined;
    const s = this.post.ctx.sentences[k];
    const direct = this.post.directHits.find((h) => h !== this.hit && within(h, s));
    return direct?.rule.spec.category;
  }
  get orgCue(): string | undefined { return this.sentence?.org?.word; }

  /**
   * In a patient story, identifiers outside the organisation's own voice
   * belong to the story when they name a person or sit in a sentence that
   * does ("Chinonso Eze, 34, of Riverside"), sit in a title or caption, or
   * sit next to a sentence about the patient.
   */
  private tiedToStory(): boolean {
    const s = this.sentence;
    if (!s || s.org) return false;
    const k = this.sentenceIdx;
    // A name is the story's person, unless the post uses it as a place or an organisation ("2024 at Harborview").
    const seg = this.post.ctx.segments[this.hit.segment];
    // A title or caption names the story's subject wherever it is; its publication date ("publish_at: 2025-07-10") is no one's.
    if (TITLE_KINDS.has(seg.kind) && !isMetadata(seg)) return true;
    if ((this.category === 'name' && this.kind !== 'place') || s.personal || this.post.namesPatient(k)) return this.post.nearStory(k);
    const { sentences } = this.post.ctx;
    return [k - 1, k + 1].some((n) => n >= 0 && n < sentences.length && sentences[n].segment === s.segment && aboutPatient(this.post.view(n)) !== undefined);
  }
}
