import type { Voice } from './voice.js';
import { lazyRegex } from '../text/lazy-regex.js';
import { peopleCues } from '../lexicons/people-cues.js';

/**
 * Who speaks on each line of a comment thread pasted as text:
 *
 *   Comment — Karen B.: "I got my TB skin test results back ..."
 *   Draft reply — Linden County Health: "Thanks for reaching out ..."
 *   @jess.and.ziggy: "Ziggy's bloodwork came back great!"
 *   → Reply: "Yay Ziggy!! ..."
 *
 * A line that opens with a commenter's label is the public's, as a JSON
 * "comment" field is; a line that opens with a reply's label is the
 * organisation's answer. Either holds until the next label.
 */
export interface LineVoice {
  start: number;
  voice: Voice;
}

/**
 * "Comment — Karen B.:", "Review (5 stars) from Dana:", "Incoming (from @buzzy_mike77):", "Inbound:" (not "Question:":
 * a column's question is the column's), "@jess.and.ziggy:", "Marta P. commented:".
 */
const PUBLIC_LABEL = lazyRegex(() => /^[ \t]*(?:(?:comment|review|reviewer|commenter|dm|tweet|mention|incoming|inbound|(?:original|incoming|inbound|customer|member|user)[ \t]+(?:message|dm|comment))(?:[ \t]+\d+)?(?:[ \t]*(?:[-–—(]|from|by)[^:\n]{0,60})?:|@[\w.]{2,30}[ \t]*:|(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?:commented|wrote|asked|posted|replied)[ \t]*:)/iu);
/**
 * 'Raj S.: "Do they do sports physicals?"', "Kara B: you guys delivered all 3 of my babies!!": a person's name, then
 * what they wrote. Read so only in a thread that has replies: in a video script 'Maria: "..."' is a line the post gives her.
 */
const NAMED_QUOTE = lazyRegex(() => /^[ \t]*(\p{Lu}[\p{Ll}'’-]+)(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}\.?[ \t]*:[ \t]*(?:["“]|(?=\S))/u);
/** "↳ Valley Family Birth Center: Thank you ...": an indented answer; the organisation's when the speaker is one (a name with an organisation's word). */
const ARROW_SPEAKER = lazyRegex(() => /^[ \t]*[↳↪└][ \t]*((?:[\p{Lu}\d][\p{L}\d'’&.-]*[ \t]+){0,5}[\p{Lu}\d][\p{L}\d'’&.-]*)[ \t]*:/u);
const orgAnswer = (line: string): boolean => {
  const speaker = ARROW_SPEAKER().exec(line)?.[1];
  return speaker !== undefined && speaker.toLowerCase().split(/\s+/).some((w) => peopleCues().orgWords.has(w));
};
/** Labels that look like a name before a colon. */
const NOT_A_NAME = new Set(['post', 'original', 'question', 'answer', 'caption', 'copy', 'text', 'title', 'headline', 'hook', 'note', 'notes', 'quote', 'cta', 'script', 'draft', 'reply', 'response', 'incoming', 'inbound', 'comment', 'review']);
const namedQuote = (line: string): boolean => {
  const m = NAMED_QUOTE().exec(line);
  return m !== null && !NOT_A_NAME.has(m[1].toLowerCase());
};
/** "Draft reply — Linden County Health:", "→ Reply:", "↳ reply:", "Our response:", "Suggested reply:". */
const REPLY_LABEL = lazyRegex(() => /^[ \t]*(?:[→↳↪└>-][ \t]*)?(?:(?:draft|suggested|proposed|our|page|approved|official)[ \t]+)?(?:reply|response|answer|respuesta)(?:[ \t]*(?:[-–—(]|from|by|to)[^:\n]{0,60})?:/iu);
/** "Post:", "Original post:": the organisation's own post the thread hangs under. */
const POST_LABEL = lazyRegex(() => /^[ \t]*(?:original[ \t]+)?post(?:[ \t]*[-–—(][^:\n]{0,40})?:/iu);

/** The labelled lines of a text, in order, or [] when it has none (most posts). */
export function lineVoices(text: string): LineVoice[] {
  if (!text.includes(':')) return [];
  const out: LineVoice[] = [];
  const lines = text.split('\n');
  const replies = lines.some((line) => REPLY_LABEL().test(line) || orgAnswer(line));
  let start = 0;
  for (const line of lines) {
    const voice = REPLY_LABEL().test(line) || (replies && orgAnswer(line)) ? 'reply' : PUBLIC_LABEL().test(line) || (replies && namedQuote(line)) ? 'public' : POST_LABEL().test(line) ? 'ours' : undefined;
    if (voice) out.push({ start, voice });
    start += line.length + 1;
  }
  return out;
}

/** The voice at offset `at` of a text whose labelled lines are `lines`, or undefined before the first label. */
export function voiceAt(lines: readonly LineVoice[], at: number): Voice | undefined {
  let voice: Voice | undefined;
  for (const line of lines) {
    if (line.start > at) break;
    voice = line.voice;
  }
  return voice;
}
