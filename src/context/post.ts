import { lineVoices, voiceAt } from './thread-lines.js';
import { sourceOffset } from '../formats/index.js';
import type { Cue, PostContext, Sentence } from '../model/post.js';
import type { Segment } from '../model/types.js';
import { cueLists, type CueLists } from '../lexicons/cue-lists.js';
import { describeSpans } from './describe.js';
import { withoutGenericPatients } from './generic-patients.js';
import { type Voice, voiceOf } from './voice.js';
import { publicRepliers } from './reply-authors.js';
import { behavioralCare, mayBeBehavioralCare, saysBehavioral } from './behavioral-post.js';
import { splitSentences } from '../text/sentences.js';
import { lazyRegex } from '../text/lazy-regex.js';
import { isCommon, wordStats } from '../lexicons/stats.js';

/** Segments that describe one image: their sentences are read together. */
const WHOLE_KINDS = new Set(['image-alt']);
const WHOLE_KEYS = new Set(['alt', 'alt_text']);
/** An image's caption ("photo": {"caption": ...}) is read whole too; a post's caption is the post's text, read by sentence. */
const IMAGE_CAPTION = /\/(?:photos?|images?|img|media|pictures?|thumbnail|hero)(?:\/\d+)?\/caption$/i;
const readWhole = (seg: Segment) => WHOLE_KINDS.has(seg.kind) || WHOLE_KEYS.has((seg.key ?? '').toLowerCase()) || IMAGE_CAPTION.test(seg.pointer ?? '');

/** One sentence read on its own. */
function describe(text: string, segment: number, start: number, voice: Voice, cues: CueLists): Sentence {
  return { segment, start, end: start + text.length, text, ...voiceFlags(voice), ...describeSpans(text, [{ start: 0, end: text.length }], cues)[0] };
}

const voiceFlags = (voice: Voice) => ({ reply: voice === 'reply', ...(voice === 'public' ? { public: true } : {}) });

/**
 * How many sentences (of two words or more) from a sentence about a patient a name or
 * personal detail still belongs to the story. A long press release or
 * newsletter tells one story among other news: the donor, host or volunteer
 * named paragraphs away is not part of it.
 */
export const STORY_REACH = 4;

/** Whether sentence k lies within STORY_REACH sentences of one for which `isStory` holds; works the positions out once. */
export function storyReach(sentences: readonly Sentence[], isStory: (k: number) => boolean): (k: number) => boolean {
  let near: boolean[] | undefined;
  return (k) => {
    if (!near) {
      const order: number[] = [];
      let n = 0;
      // Sentences of two words or more: a JSON key or a lone emoji is no sentence of the story's telling.
      for (const s of sentences) order.push(/\p{L}[\p{L}'’-]*\s+\p{L}/u.test(s.text) ? n++ : n);
      // Mark once every position within reach of a story sentence.
      const story = new Set(sentences.map((_, i) => i).filter(isStory).map((i) => order[i]));
      const reach = new Array<boolean>(n + 1).fill(false);
      for (const p of story) for (let q = Math.max(0, p - STORY_REACH); q <= Math.min(n, p + STORY_REACH); q++) reach[q] = true;
      near = order.map((o) => reach[o]);
    }
    return near[k];
  };
}

const nearRawStory = new WeakMap<PostContext, (k: number) => boolean>();

/** In a patient story, a sentence with health details or a person in it, outside the organisation's voice, near the story. */
export function partOfStory(ctx: PostContext, s: Sentence, k: number): boolean {
  // "A patient once told me, 'You're the only person who ...'": an anecdote names no one.
  if (aboutPatient(withoutGenericPatients(s))) return true;
  if (!ctx.story || !(s.health || s.personal) || s.org) return false;
  let near = nearRawStory.get(ctx);
  if (!near) nearRawStory.set(ctx, (near = storyReach(ctx.sentences, (i) => aboutPatient(ctx.sentences[i]) !== undefined)));
  return near(k);
}

/**
 * A sentence read without the words of the findings in it: "Riverbend Family
 * Clinic" is a name, not a family at a clinic. `spans` are segment offsets.
 */
export function withoutSpans(s: Sentence, spans: { start: number; end: number }[]): Sentence {
  const local = spans.map((x) => [Math.max(x.start - s.start, 0), Math.min(x.end - s.start, s.text.length)] as const);
  const inside = (c?: Cue) => c !== undefined && local.some(([a, b]) => c.start < b && c.start + c.word.length > a);
  if (![s.patient, s.health, s.personal, s.org].some(inside)) return s;
  let text = s.text;
  for (const [a, b] of local) if (b > a) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  return describe(text, s.segment, s.start, s.public ? 'public' : s.reply ? 'reply' : 'ours', cueLists());
}

/** What aboutPatient reads from a sentence's text alone: it reads each sentence several times (as found, and as each caller's view of it). */
const DECLINES = 1;
const ANYONE = 2;
const byText = new Map<string, number>();

/** DECLINES: the sentence declines to confirm anyone's care; ANYONE: it speaks of anyone at all (the regexes are aboutPatient's cost). */
function textFacts(text: string): number {
  let facts = byText.get(text);
  if (facts === undefined) {
    facts = (cueLists().declines.test(text) || staffInstruction(text) ? DECLINES : 0) | (HYPOTHETICAL().test(text) || ASKING_ABOUT().test(text) || IMAGINED.test(text) || READER_QUESTION().test(text) ? ANYONE : 0);
    if (byText.size >= 256) byText.clear();
    byText.set(text, facts);
  }
  return facts;
}

/** Whether a sentence declines to confirm anyone's care ("We can't discuss any individual visit here"). */
export const declinesToConfirm = (text: string): boolean => (textFacts(text) & DECLINES) !== 0;

/**
 * The reply sentences that come after a declining one in the same reply: its
 * next steps ("We can't look up visit details here. Please call our clinic and
 * they'll help you directly.") confirm nothing either.
 */
export function afterDecline(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  let declinedIn = -1;
  sentences.forEach((s, k) => {
    if (!s.reply) return;
    if (declinesToConfirm(s.text)) declinedIn = s.segment;
    else if (declinedIn === s.segment) out.add(k);
  });
  return out;
}

/**
 * Health details about a particular person, outside the organisation's own
 * voice. What the public writes in a review or comment is their own account,
 * not the organisation's disclosure.
 */
export function aboutPatient(s: Sentence): Cue | undefined {
  if (s.public || !(s.patient || s.health)) return undefined;
  // "We can't confirm whether anyone has been seen at our clinic" confirms nothing.
  if (textFacts(s.text) & DECLINES) return undefined;
  // "If you or someone you love is living with a substance use disorder": anyone, not someone in particular.
  if (!s.reply && textFacts(s.text) & ANYONE) return undefined;
  if (s.patient) return s.patient;
  if (!s.health) return undefined;
  // "Bring your child's immunization record": in the organisation's own post, "your child" is any reader's.
  if (!s.reply && s.personal && READERS_OWN().test(s.text.slice(Math.max(0, s.personal.start - 12), s.personal.start))) return undefined;
  // "Congratulations to Pastor Rivers, who had cataract surgery": the person congratulated had the care.
  if (s.personal && (!s.org || (CONGRATULATING.test(s.org.word) && WHO_HAD.test(s.personal.word)))) return s.health;
  // "Congratulations to Alexis and Jordan, whose twin girls arrived after their second IVF cycle", "to Aunt Bea on 6 months sober",
  // "to Kevin from the mill, who hit one year sober":
  // care the congratulated own (not "her 500th knee replacement").
  if (s.personal && s.org && CONGRATULATING.test(s.org.word) && s.personal.start < s.health.start && OWNED_BETWEEN().test(s.text.slice(s.personal.start, s.health.start)) && !COUNT_BEFORE().test(s.text.slice(0, s.health.start))) return s.health;
  // "First 5K since her knee replacement!!": care a person owns stays theirs at an event.
  if (s.personal && OWNED_CARE().test(s.text.slice(Math.max(0, s.health.start - 8), s.health.start))) return s.health;
  // "a gift in memory of their son Daniel, who stayed with us in 2022 and who we lost to an overdose": a memorial's person had the care.
  if (s.personal && s.org && inWhoClause(s.text, s.personal.start, s.health.start)) return s.health;
  // Speaking to the person about their care: "Just a reminder that your touch-up is due" is still theirs.
  if (s.reply && speaksToYou(s.text) && !OFFER.test(s.text) && !(s.org && PRIVACY.test(s.org.word))) return s.health;
  // "Finishing the evening IOP group last spring and hitting a year sober is huge": a reply praising a milestone praises the person answered.
  if (s.reply && MILESTONE_OPENING().test(s.text)) return s.health;
  return undefined;
}

// A label may come first: "Measles exposure notice: Anyone who was at the mall ...".
/** ", who stayed with us ... overdose": a relative clause that tells of someone's own care or death. */
const WHO_CLAUSE = lazyRegex(() => /,\s+who\s+(?=[^.!?;]*?(?<![\p{L}])(?:we lost|lost (?:his|her|their) (?:battle|fight)|died|passed|stayed with us|was treated|was diagnosed|fought|battled)(?![\p{L}]))/giu);
function inWhoClause(text: string, personAt: number, healthAt: number): boolean {
  return [...text.matchAll(WHO_CLAUSE())].some((m) => m.index! > personAt && m.index! < healthAt);
}

/** "If you'd like a second opinion on rehab, our team can help": an offer on a condition speaks of no care of the person's own (not "If you'd like to move your crown"). */
export const OFFER = /^\W*(?:and\s+|but\s+)?if\s+you(?:['’]d\s+|\s+would\s+|['’]re\s+|\s+are\s+|\s+)(?:ever\s+)?(?:like|want|prefer|need|interested)(?![\p{L}])(?![^.!?]*(?<![\p{L}])your(?![\p{L}]))/iu;
const MILESTONE_OPENING = lazyRegex(() => /^\W*(?:finishing|completing|graduating|hitting|reaching|celebrating|beating|making it through|getting through|ringing the bell)(?![\p{L}])/iu);
const OWNED_CARE = lazyRegex(() => /(?<![\p{L}])(?:his|her)\s+$/iu);
const READERS_OWN = lazyRegex(() => /(?<![\p{L}])(?:your|tu)\s+$/iu);

// Spanish too: "Si usted comió en ...", "Si su hijo ...", "Cualquier persona que ...".
const HYPOTHETICAL = lazyRegex(() => /^\W*(?:[^.!?:\n]{1,40}:\s*)?(?:(?:if|whether|anyone|everyone|whoever)\s+(?:you|your|someone|somebody|anyone|a|an|people|kids|children|a loved one|they|it|any|who)|si\s+(?:usted|ustedes|tú|tu|su|sus|alguien|un|una)|cualquier\s+persona|quien(?:es)?\s+(?:haya|hayan))(?![\p{L}])/iu);

/** "Imagine a 7-year-old spending her birthday in the hospital", "Post 5/6 Picture this: ...": a case made up to make a point. */
// "Say a patient tells us she's 38": a teaching case, no one.
export const IMAGINED = /^\W*(?:\S+\s+){0,3}?(?:imagine|picture this|picture a|pretend|suppose|let['’]s say|say (?:a|an) (?:patient|client|parent|mom|dad|child|kid|person|woman|man|resident|member|teen|runner|athlete))(?![\p{L}])/iu;

/** "Questions about hospice care?", "Curious about LASIK?": an invitation to ask, about no one. */
const ASKING_ABOUT = lazyRegex(() => /^\W*(?:questions|curious|wondering|interested|learn more|want to know more)\s+(?:about|if|whether)(?![\p{L}])/iu);

/**
 * An instruction to staff about what to leave out, about no one in particular:
 * "NEVER confirm that someone is a member, and never mention claims, diagnoses
 * or dates in a public reply" (not a note that names its person: "he's on
 * service at 77 Quarry Rd, do NOT mention hospice in reply").
 */
const LEAVE_OUT = lazyRegex(() => /(?<![\p{L}])(?:never|do not|don['’]t)\s+(?:confirm|mention|discuss|share|post|name|repeat|include|reference|disclose|reveal|caption|tag|identify|show|photograph|film|label)(?![\p{L}])/iu);
const SOMEONE_PARTICULAR = lazyRegex(() => /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Mm]rs?|[Mm]s)(?![\p{L}])|\p{Lu}\p{Ll}+['’]s(?![\p{L}])/u);
/** "Do not tag or show Maria Lopez in the chemo photos": an instruction about one person, named. */
const NAMED_PAIR = lazyRegex(() => /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+/gu);
const namesSomeone = (text: string) => [...text.matchAll(NAMED_PAIR())].some((m) => wordStats(m[1]).first >= 1000 && !isCommon(wordStats(m[1])));
const staffInstruction = (text: string): boolean => LEAVE_OUT().test(text) && !SOMEONE_PARTICULAR().test(text) && !namesSomeone(text);

/** "Are you 13-18 and have you been a patient or sibling at Lakeside?": a question to any reader (in the organisation's own post). */
const READER_QUESTION = lazyRegex(() => /^\W*(?:are|have|do|did|were|was|has|is|does)\s+(?:you|your)(?![\p{L}])[^?]*\?\W*$/iu);

const CONGRATULATING = /^(?:congratulations to|congrats to|kudos to|shout-?out to)$/i;
const WHO_HAD = /^who (?:had|has|was|is)$/i;
const OWNED_BETWEEN = lazyRegex(() => /(?<![\p{L}])(?:whose|who|their|his|her|on)(?![\p{L}])/iu);
/** "her 500th knee replacement", "1,000 surgeries": the clinician's work counted. */
const COUNT_BEFORE = lazyRegex(() => /(?:\d+(?:st|nd|rd|th)|\d{3,}|\d,\d{3})\s+(?:[\p{L}-]+\s+)?$/u);

/** The privacy line of a reply ("we can't discuss anyone's care here"): it confirms nothing. */
const PRIVACY = /privacy|discuss|share|confidential|hipaa/i;

/** In a reply, health words are the person's own when the sentence speaks to them ("your scan", "hope you're healing"). */
export const SECOND_PERSON = /(?<![\p{L}])(?:you|your|yours|you're|you've|you'll|tu|tus|te|usted|su)(?![\p{L}])/iu;

/** "Thank you for the kind words about Luna's dental cleaning": thanks, not the person's care. */
const THANK_YOU = lazyRegex(() => /(?<![\p{L}])thank\s+you(?![\p{L}])/giu);

/** The text with the "you" of "thank you" blanked (offsets kept); most texts hold no "thank" and are returned as they are. */
export const withoutThanks = (text: string) => (/thank/iu.test(text) ? text.replace(THANK_YOU(), (m) => `${m.slice(0, -3)}   `) : text);

/**
 * "check with your surgeon or PT", "a pharmacist can look at your full medication list": a referral or an offer, not the person's care here;
 * "depending on your state", "your vaccine card if you have it": a condition, which knows nothing of the person.
 */
const REFERRAL = lazyRegex(() => /(?<![\p{L}])(?:(?:check with|talk to|talk with|ask|consult|contact|call)\s+your(?=\s+(?:own\s+)?(?:surgeon|doctor|provider|pcp|physician|pt|therapist|pharmacist|dentist|care team|nurse|insurer|insurance|plan)(?![\p{L}]))|(?:look at|look over|go over|review)\s+your(?=\s+(?:full\s+|whole\s+)?(?:medication|medications|meds|med list|prescriptions|coverage|benefits)(?![\p{L}]))|(?:depends|depending)\s+on\s+your|your(?=\s+(?:[\p{L}-]+\s+)?(?:card|cards|id|list|paperwork|form)\s+if\s+you\s+have\s+(?:it|one|them)(?![\p{L}])))/giu);

/** The sentence speaks to the person, beyond thanking them or sending them to their own clinician. */
export const speaksToYou = (text: string) => SECOND_PERSON.test(withoutReferrals(withoutThanks(text)));
const withoutReferrals = (text: string) => withoutOffers(/your/iu.test(text) ? text.replace(REFERRAL(), (m) => `${m.slice(0, -4)}    `) : text);
/** "if you have it", "we'll walk you through it", "if you see any of that": the "you" of an offer or a condition, about no care of the person's. */
const OFFERED_YOU = lazyRegex(() => /(?<=(?:walk|talk)\s+)you(?=\s+through\s+(?:it|the\s+process|the\s+steps|everything|that)(?![\p{L}]))|(?<=(?<![\p{L}])if\s+)you(?=\s+(?:have\s+(?:it|one|them|any\s+questions)|see\s+any|notice\s+any)(?![\p{L}]))/giu);
const withoutOffers = (text: string) => (/ you /iu.test(text) ? text.replace(OFFERED_YOU(), '   ') : text);

/** The field a value sits in: "tags" for front matter's "tags.2", the last word that is not an index. */
const fieldName = (key: string) => key.toLowerCase().split('.').filter((w) => !/^\d+$/.test(w)).at(-1) ?? '';

/** A field that describes the post rather than telling it ("author", "platform", "publish_at"). */
export function isMetadata(seg: Segment): boolean {
  return seg.key !== undefined && cueLists().metadataKeys.has(fieldName(seg.key));
}

export function buildPostContext(segments: Segment[]): PostContext {
  const cues = cueLists();
  const sentences: Sentence[] = [];
  const voices = publicRepliers(segments, segments.map((seg) => voiceOf(seg, cues)), cues.replyKeys);
  // A text or Markdown file that opens as a reply ("Reply draft for Google review #4", "Hi Jordan!") is a reply throughout.
  const replyFile = segments.length > 0 && segments[0].pointer === undefined && voices[0] === 'reply';
  segments.forEach((seg, i) => {
    const voice = replyFile && voices[i] === 'ours' ? 'reply' : voices[i];
    if (isMetadata(seg)) {
      // Metadata ("author": "Riverbend Clinic") says nothing about anyone's care.
      sentences.push({ segment: i, start: 0, end: seg.text.length, text: seg.text, ...voiceFlags(voice) });
      return;
    }
    // A caption or alt text is one description, read whole: "Summary for Raymond Cho. Diagnoses: type 2 diabetes."
    const spans = readWhole(seg) ? [{ start: 0, end: seg.text.length }] : splitSentences(seg.text);
    const described = describeSpans(seg.text, spans, cues);
    // A thread pasted as text: "Comment — Karen B.: ..." is the public's, "Draft reply: ..." the organisation's.
    const lines = seg.pointer === undefined ? lineVoices(seg.text) : [];
    spans.forEach((span, k) => {
      const spoken = voiceAt(lines, span.start) ?? voice;
      sentences.push({ segment: i, start: span.start, end: span.end, text: seg.text.slice(span.start, span.end), ...voiceFlags(spoken), ...described[k] });
    });
  });
  withBehavioralCare(segments, sentences);
  return { segments, sentences, story: sentences.find((s) => aboutPatient(s)) };
}

/** In a counselling or recovery organisation's post, a therapy group or a milestone is care (context/behavioral-post.ts). */
function withBehavioralCare(segments: Segment[], sentences: Sentence[]): void {
  // Most segments hold no such word: the post's own words are read only when one does.
  const holding = new Set(segments.flatMap((seg, i) => (!isMetadata(seg) && mayBeBehavioralCare(seg.text) ? [i] : [])));
  if (holding.size === 0 || !saysBehavioral(segments)) return;
  sentences.forEach((s, k) => {
    const care = holding.has(s.segment) && !s.health ? behavioralCare(s.text) : undefined;
    if (care) sentences[k] = { ...s, health: care };
  });
}

/**
 * Links and image paths are their own segments; their context is the text they sit in or follow.
 * So are an image's GPS tag and faces: they are the image, which the post's text around it describes.
 */
const REFERENCE_KINDS = new Set(['url', 'image-url', 'image-gps', 'image-face']);
/** Keys whose text describes the JSON object they sit in: an image's alt text or caption. */
const DESCRIBING_KEYS = new Set(['alt', 'caption', 'description', 'title']);
const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));

/**
 * A path or URL in a JSON object ({"src": "img/a.jpg", "alt": "..."}) takes
 * the first sentence of its describing sibling as context, or -1.
 */
function describedBy(ctx: PostContext, seg: Segment): number {
  if (seg.kind !== 'json-string' || !seg.pointer || /\s/.test(seg.text.trim()) || !/[/.]/.test(seg.text)) return -1;
  const parent = parentOf(seg.pointer);
  return ctx.sentences.findIndex((s) => {
    const other = ctx.segments[s.segment];
    return other !== seg && other.pointer !== undefined && parentOf(other.pointer) === parent && DESCRIBING_KEYS.has((other.key ?? '').toLowerCase());
  });
}

/**
 * Index of the sentence holding a segment offset. For a link or image path,
 * the sentence of the surrounding text: the last one starting before it in
 * the file (the paragraph an autolink sits in, the alt text before an image).
 */
export function sentenceIndex(ctx: PostContext, segment: number, offset: number): number {
  const seg = ctx.segments[segment];
  const described = describedBy(ctx, seg);
  if (described >= 0) return described;
  if (REFERENCE_KINDS.has(seg.kind)) {
    const at = sourceOffset(seg, 0);
    let host = -1;
    ctx.sentences.forEach((s, i) => {
      const other = ctx.segments[s.segment];
      if (!REFERENCE_KINDS.has(other.kind) && sourceOffset(other, s.start) <= at) host = i;
    });
    if (host >= 0) return host;
  }
  return ctx.sentences.findIndex((s) => s.segment === segment && offset >= s.start && offset < s.end);
}
