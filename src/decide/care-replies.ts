import { aboutPatient, afterDecline, OFFER, speaksToYou } from '../context/post.js';
import { greetsSomeone } from '../context/voice.js';
import { orgHeadedWords } from '../context/entity-kinds.js';
import { cueLists } from '../lexicons/cue-lists.js';
import type { PostContext, Sentence } from '../model/post.js';
import type { Hit } from '../model/rule.js';

const CARE_IN_REPLY = new Set(['patient-relationship', 'advice']);
/** The numbers of a person's records with the organisation: a claim, an account, a plan membership, a chart, a prescription. */
const RECORD_CATEGORIES = new Set(['account', 'health-plan', 'mrn']);
const RECORD_RULES = new Set(['identifiers/labelled-code', 'identifiers/labelled-id', 'identifiers/rx-number']);
const isRecordId = (h: Hit) => RECORD_CATEGORIES.has(h.rule.spec.category) || RECORD_RULES.has(h.rule.spec.id);


/** An invitation to get in touch is no organisation news: "Call us to reschedule, Dr. Kerr wants to recheck that cholesterol". */
const CONTACT = /^(?:call us|visit us|reach us|text us|message us|dm us|reminder)$/i;

/**
 * Advice to anyone in a reply ("Flu shots are walk-in all week", "most people need a booster every 10 years",
 * "Clinicians can prescribe it over video, depending on your state", "Bring your vaccine card if you have it").
 */
const GENERAL_ADVICE = /(?<![\p{L}])(?:most people|everyone|anyone|adults|kids|children|walk-in|walk in|available|in stock|covered|free|in general|generally|typically|usually|can raise|can cause|may cause|depending on|depends on|(?:card|cards|id|list|paperwork|form)\s+if you have (?:it|one|them))(?![\p{L}])/iu;

/** A commenter asking what the organisation offers: "do u do hiv testing too?", "Do you take Medicaid?", "can I get a flu shot there?". */
const SERVICE_QUESTION = /(?<![\p{L}])(?:(?:do|does|can|could|will)\s+(?:u|you|y['’]all|ya|yall|they)\s+(?:guys\s+)?(?:do|offer|have|take|accept|carry|give|provide|test|see|treat|stock)|(?:can|could)\s+(?:i|we)\s+(?:get|come|bring|walk)|is\s+there|are\s+(?:u|you)\s+open)(?![\p{L}])[^?\n]*\?/iu;

/** What a member of the public wrote, not a JSON key or an author's handle (those are one word). */
const SAYS_SOMETHING = /\S\s+\S/u;

/** The reply segments that answer such a question, up to the public's next words: "yes! rapid hiv results in 20 min" speaks of the service. */
function serviceAnswers(ctx: PostContext): Set<number> {
  const out = new Set<number>();
  let asking = false;
  for (const s of ctx.sentences) {
    if (s.public && SAYS_SOMETHING.test(s.text.trim())) asking = SERVICE_QUESTION.test(s.text);
    else if (asking && s.reply) out.add(s.segment);
  }
  return out;
}

const THANKS_OPENING = /^\W*(?:thank you|thanks)(?![\p{L}])/iu;

/** A count ("gave 4,318 flu shots"), not a code's digits ("claim CLM-2025-88231 and"). */
const COUNT = /(?<!\p{Lu}{2,}-(?:\d+-)*)(?<!\d)(?:\d,\d{3}|\d{3,}\s+\p{L})/u;

/** A reply's signature: "— Hillcrest Pharmacy", "- The Team at Bright Smiles Dental", "With warm regards, Evergreen Home Health & Hospice". */
const SIGN_OFF = /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:[—–-]{1,2}|(?:[Ww]ith\s+)?(?:(?:[Ww]arm|[Kk]ind|[Bb]est|[Ww]armest)\s+)?(?:[Rr]egards|[Ww]ishes|[Tt]hanks|[Gg]ratitude|[Cc]are)\s*,|[Ss]incerely\s*,|[Ww]armly\s*,|[Cc]heers\s*,)\s*(?:[Tt]he\s+)?(?:[\p{Lu}\d][\p{L}\d'’&.-]*|at|of|and|&)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&.-]*|at|of|and|&)){0,7}\s*$/u;

/**
 * The segments of replies that speak of someone's care: everything personal
 * in them is part of that disclosure. Confirming or advising on care does it,
 * and so does speaking to the person about care anywhere in the reply ("Hi
 * Jordan! ... We hope your colonoscopy prep went ok"), or greeting them and
 * giving any care detail ("Thanks for the 5 stars, Carol! ... an A1c of 5.6").
 * In the organisation's own post a confirming sentence is a finding of its
 * own, and the event date three sentences on stays the event's. In a post
 * about animals, a care detail alone is the pet's.
 */
export function careReplySegments(hits: Hit[], ctx: PostContext, view: (k: number) => Sentence, aboutAnimals = false): Set<number> {
  const replySegments = new Set(ctx.sentences.filter((s) => s.reply).map((s) => s.segment));
  const care = new Set(hits.filter((h) => CARE_IN_REPLY.has(h.rule.spec.category) && replySegments.has(h.segment)).map((h) => h.segment));
  const declined = afterDecline(ctx.sentences);
  ctx.sentences.forEach((s, k) => s.reply && !declined.has(k) && speaksToYou(s.text) && aboutPatient(view(k)) && care.add(s.segment));
  // "Thank you, Adrian!" in a post about "the Adrian District Library": a town thanked, no one spoken to ("Hi Jordan!" beside
  // "Jordan Valley Medical Center" still greets someone).
  // Worked out only for a reply that opens with thanks: most replies greet no town.
  let heads: Set<string> | undefined;
  const headsName = (word: string) => (heads ??= orgHeadedWords(ctx.segments.map((seg) => seg.text).join('\n'))).has(word);
  const thanked = (text: string) => (THANKS_OPENING.test(text) ? headsName : undefined);
  const addressed = new Set([...replySegments].filter((i) => greetsSomeone(ctx.segments[i].text, thanked(ctx.segments[i].text))));
  // "Hi Gary, ... a second look at the December claim ending in 3174": a record's number in a reply to someone is theirs.
  // Not in a reply that declines to discuss anyone's records ("we can't discuss anyone's claim here").
  const declinedSegments = new Set([...declined].map((k) => ctx.sentences[k].segment));
  for (const h of hits) if (isRecordId(h) && addressed.has(h.segment) && !declinedSegments.has(h.segment)) care.add(h.segment);
  const answers = serviceAnswers(ctx);
  ctx.sentences.forEach((s, k) => {
    if (!addressed.has(s.segment) || (s.org && !CONTACT.test(s.org.word)) || care.has(s.segment) || declined.has(k)) return;
    // "do u do hiv testing too?" -> "yes! rapid hiv results in 20 min": what is offered, not the asker's care (unless "your ...").
    if (answers.has(s.segment) && !speaksToYou(s.text)) return;
    // At a vet, care told in a reply to the owner is the pet's ("Chico's biopsy results are back"), unless it speaks to them.
    if (aboutAnimals && !speaksToYou(s.text)) return;
    // Counts ("gave 4,318 flu shots") are the organisation's statistics, even after "Thank you, Brookfield!".
    if (view(k).health && !SIGN_OFF.test(s.text) && !cueLists().declines.test(s.text) && !GENERAL_ADVICE.test(s.text) && !OFFER.test(s.text) && !COUNT.test(s.text)) care.add(s.segment);
  });
  return care;
}
