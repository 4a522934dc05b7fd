import type { Segment } from '../model/types.js';
import type { CueLists } from '../lexicons/cue-lists.js';
import { petNamesIn } from './entity-kinds.js';
import { peopleCues } from '../lexicons/people-cues.js';
import { isCommon, placePopulation, wordStats } from '../lexicons/stats.js';
import { lazyRegex } from '../text/lazy-regex.js';

/**
 * Who speaks in a segment: the organisation in its own post ('ours'), the
 * organisation answering a person ('reply'), or a member of the public whose
 * review or comment the file quotes for context ('public').
 */
export type Voice = 'ours' | 'reply' | 'public';

/** "draft_reply" -> [draft, reply], "inReplyTo" -> [in, reply, to]. */
export const keyWords = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/);

/**
 * Openings that speak to one person: "@sam", "Replying to @sam", "Hi Jordan!",
 * "Thanks, Rae!", "So proud of you, Valentina!". Second person ("your scan")
 * then means that person.
 */
const GREETING = /^[\s¡"“]*(?:hi|hey|hello|dear|thanks so much|thank you so much|thanks again|thank you again|thanks|thank you|congrats|congratulations|so proud of you|proud of you|happy birthday|welcome back|get well soon|felicidades|feliz cumpleaños(?: número \d{1,3})?,?|gracias|hola|reminder for|reminder to|attn:?|attention:?)[,!]?\s+/i;
/** Thanks or congratulations to a handle anywhere in the text. */
const THANKS_HANDLE = lazyRegex(() => /(?<![\p{L}])(?:thanks|thank you|congrats|congratulations|shout-?out|kudos|proud of you|proud of|welcome back|happy birthday)(?:\s+(?:to|so much|again))?[,!]?\s+@[\w.]{2,}/iu);
/** "glad the new inhaler is working so much better, @rosie_bakes_pa!!": a handle closing a sentence, spoken to. */
const VOCATIVE_HANDLE = lazyRegex(() => /[\p{L}\p{N}],\s+@[\w.]{2,}(?<!\.)\s*(?:[!?.]|\p{Extended_Pictographic}|$)/mu);
/** THANKS_HANDLE or VOCATIVE_HANDLE, asked only of a text with an "@" (most have none, and the regexes read every character). */
const thanksHandle = (text: string) => text.includes('@') && (THANKS_HANDLE().test(text) || VOCATIVE_HANDLE().test(text));

/** Titles of public servants thanked in posts ("Thank you, Officer Reyes"); "Mr." and "Ms." may be patients. */
const PUBLIC_SERVANTS = new Set(['officer', 'sergeant', 'sgt', 'deputy', 'trooper', 'firefighter', 'captain', 'lieutenant', 'chief']);
/** The words greeted, up to four capitalised ones ("Lakeside Fire Department"). */
const CAPITALISED_RUN = lazyRegex(() => /^(?:@[\w.]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u);
/** "for the 5 stars, Greg!": a name closing the greeting's sentence. */
const VOCATIVE_END = lazyRegex(() => /^(?:for|on|to)\s[^.!?\n]{0,60}?,\s+(\p{Lu}[\p{L}'’-]+[!.])/u);
/** The person greeted: a handle or a capitalised name. */
/** Not "Hi, I'm Andre" or "Hi, we're the night crew": the writer introducing themselves, not greeting anyone. */
const GREETED = lazyRegex(() => /^(?:@[\w.]{2,}|(?!(?:I|I['’](?:m|ve|d|ll)|We|We['’](?:re|ve|ll)|It['’]s|My|Our|This|That|Here|There|Today|Welcome)(?:[\s,!.]|$))\p{Lu}[\p{L}'’-]+(?:[\s,!.]|$))/u);

/** "Joe!! 🎣 So glad ...": a reply that opens by calling out a first name ("Kayla, you ..." is a vocative sentence, below). */
// "Priya! So glad", "Anytime Molly! Keep using those drops", "Haha Kevin, we're so glad": a first name spoken to first
// (a bare "Renata, thank you for writing" is left to the greeting rules: it thanks more often than it speaks of care).
const BARE_NAME_OPENING = lazyRegex(() => /^[\s¡"“]*(\p{Lu}\p{Ll}+)!+\s/u);
const INTERJECTED_NAME = lazyRegex(() => /^[\s¡"“]*(\p{Lu}\p{Ll}+)[,!]+\s/u);
/** "Haha", "Anytime", "Yay": a word of feeling before the name spoken to. */
const INTERJECTION = lazyRegex(() => /^[\s¡"“]*(?:haha+|ha|aw+|yay+|wow|omg|lol|anytime|yes+|ok|okay|oh no|oh|woo+hoo+|hooray|morning|good morning|hiya|heya)[,!.]*\s+(?=\p{Lu})/iu);

/** `notAPerson`: a word the caller knows is no one here (a town or an organisation the post names: "Thank you, Adrian!" beside "the Adrian District Library"). */
function addressesSomeone(opening: string, notAPerson: (word: string) => boolean = () => false): boolean {
  if (/^\s*@[\w.]{2,}/.test(opening)) return true;
  const interjected = opening.replace(INTERJECTION(), '');
  const bare = interjected !== opening ? INTERJECTED_NAME().exec(interjected) : BARE_NAME_OPENING().exec(opening);
  if (bare && spokenName(bare[1], notAPerson)) return true;
  const greeting = GREETING.exec(opening);
  if (!greeting) return false;
  let rest = opening.slice(greeting[0].length);
  // "Thanks for the 5 stars, Greg!": the person named at the end of the greeting's sentence.
  const vocative = GREETED().test(rest) ? undefined : VOCATIVE_END().exec(rest);
  if (vocative) rest = vocative[1];
  else if (!GREETED().test(rest)) return false;
  // "Thank you, Senator Delgado" or "Thanks, Lakeside Fire Department": a public figure, staff or an organisation.
  const { staffTitles, orgWords } = peopleCues();
  const words = (CAPITALISED_RUN().exec(rest)?.[0] ?? '').split(/\s+/).map((w) => w.toLowerCase()).filter(Boolean);
  const first = CAPITALISED_RUN().exec(rest)?.[0].split(/\s+/)[0] ?? '';
  return !staffTitles.has(words[0] ?? '') && !PUBLIC_SERVANTS.has(words[0] ?? '') && !words.some((w) => orgWords.has(w)) && !notAPerson(first);
}

/** "Kayla Brennan, our whole team is over the moon for you!": a sentence that opens on a person's name, spoken to. */
const VOCATIVE_SENTENCE = lazyRegex(() => /(?:^|[.!?]\s+|\p{Extended_Pictographic}\uFE0F?\s+)(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+[^.!?\n]{0,80}?(?<![\p{L}])(?:you|your|you['’]re)(?![\p{L}])/gu);

/** A first name from the tables that is no everyday word and no sizeable town ("Kayla", not "Parents" or "Charlotte"). */
export const isFirstName = (word: string) => {
  const s = wordStats(word);
  return s.first >= 1000 && !isCommon(s) && s.first >= s.sur && placePopulation(word) < 10_000;
};

function speaksToANamedPerson(text: string): boolean {
  if (!/you/i.test(text)) return false; // every match holds "you": a cheap test rules most texts out
  for (const m of text.matchAll(VOCATIVE_SENTENCE())) if (isFirstName(m[1]) && !peopleCues().staffTitles.has(m[1].toLowerCase())) return true;
  return false;
}

/** A line that opens by greeting a first name: "Reminder for Ken at 14 Orchard Ct", "Hi Priya,", "Hola Rosa," (not "Thanks for 20 years, Oakdale"). */
const LINE_GREETING = lazyRegex(() => /^\s*(?:reminder for|reminder to|reminder:|hi|hey|hello|dear|attn:?|attention:?|hola|estimad[oa]|querid[oa])\s+(\p{Lu}[\p{L}'’-]+)/iu);
function greetsByFirstName(line: string): boolean {
  const m = LINE_GREETING().exec(line);
  return m !== null && /^\p{Lu}/u.test(m[1]) && isFirstName(m[1]);
}

/** Whether a text speaks to one person: a greeting with a name or handle, "Replying to @x", or thanks to a handle. */
export function greetsSomeone(text: string, notAPerson?: (word: string) => boolean): boolean {
  const opening = text.slice(0, 80);
  return addressesSomeone(opening, notAPerson) || /^\s*(?:replying to|in reply to|re:)\s*@/i.test(opening) || thanksHandle(text) || opensOnFirstName(opening, notAPerson);
}

const NAME_COMMA_OPENING = lazyRegex(() => /^[\s¡"“]*(\p{Lu}\p{Ll}+),\s/u);
/**
 * "Tomas, thank you!", "Jen, we think about you all the time!": a reply that opens on a first name and a comma speaks to
 * that person (a post of the organisation's own that opens so is not taken for a reply: see voiceOf).
 */
function opensOnFirstName(opening: string, notAPerson: (word: string) => boolean = () => false): boolean {
  const m = NAME_COMMA_OPENING().exec(opening);
  return m !== null && spokenName(m[1], notAPerson);
}

/** A word opening a reply that is a person's first name: not a title ("Nurse") nor a word the caller knows is no one. */
const spokenName = (word: string, notAPerson: (word: string) => boolean) => isFirstName(word) && !peopleCues().staffTitles.has(word.toLowerCase()) && !notAPerson(word);

/** A note the team left for itself: "Internal: ...", "[staff note]", "TODO: ...". */
const INTERNAL_NOTE = lazyRegex(() => /^\W*(?:internal(?:\s+note)?|staff\s+note|note\s+to\s+(?:self|team)|todo|fyi|for\s+internal\s+use|do\s+not\s+post)(?![\p{L}])/iu);

const TAGGED_KEY = /^(?:tagged|tagged_?users|tags|mentions|tagged_?accounts|collaborators)$/i;

/** A speaker's label opening a line of a thread: "Crestview Team:", "Reader - Oct 1:". */
const SPEAKER_LABEL = lazyRegex(() => /^\s*(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*(?:\s+[-–—]\s+[\p{L}\d ,.]{1,20})?:\s+/u);

/** A segment's voice, from the JSON keys above it and how its text opens. */
const OWN_COMMENT = /^(?:first|pinned|our|owner|page)[_\s-]?comments?$/i;

export function voiceOf(seg: Segment, cues: CueLists): Voice {
  const keys = (seg.pointer ?? '').split('/').filter((k) => k && !/^\d+$/.test(k));
  let reply = -1;
  let pub = -1;
  keys.forEach((key, i) => {
    const words = keyWords(key);
    // "first_comment", "pinned_comment": a comment the organisation posts under its own post.
    if (OWN_COMMENT.test(key) || words.some((w) => cues.replyKeys.has(w))) reply = i;
    else if (words.some((w) => cues.publicKeys.has(w))) pub = i;
  });
  // "comments": "Internal: ...": the team's note in a comment field, not what the public wrote.
  if (pub > reply && !INTERNAL_NOTE().test(seg.text)) return 'public';
  if (reply >= 0) return 'reply';
  // "tagged_users": ["@xray_tech_lou"]: people tagged on the post, not spoken to (the tagged-on-care-post row judges them).
  if (keys.some((key) => TAGGED_KEY.test(key))) return 'ours';
  // "Crestview Team: Greg, we're proud of you ...": a thread's speaker label, then what the speaker says.
  const body = seg.text.replace(SPEAKER_LABEL(), '');
  const opening = body.slice(0, 80);
  // "Get well soon, Luna! 🐶": a pet greeted in the organisation's own post, no one answered ("Hi Maya! 🐾" at a vet greets the pet's person).
  if (cues.replyMarkers.test(opening.slice(0, 40)) || addressesSomeone(opening, (word) => petNamesIn(opening.replace(/🐾/gu, '')).includes(word)) || greetsByFirstName(opening)) return 'reply';
  // "[Posted to Nextdoor]\nReminder for Ken at 14 Orchard Ct: ...": a line further down that speaks to one person.
  // "QuickMed Urgent Care: Reminder for Jorge Medina — your TB skin test ...": after a sender's label too.
  if (seg.text.includes('\n') && seg.text.split('\n').slice(1).some((line) => greetsByFirstName(line) || greetsByFirstName(line.replace(SPEAKER_LABEL(), '')))) return 'reply';
  // "Safety first! Thanks @jayden.hoops for trusting us with your concussion check": a caption that speaks to a tagged person.
  return thanksHandle(seg.text) || speaksToANamedPerson(body) ? 'reply' : 'ours';
}
