import { sentenceEnd, sentenceStart, type Rewrite, type Site } from './site.js';

/** Rewrites that take a whole sentence or reply: what was said cannot be fixed word by word. */

/** The reply a care team can always post: it confirms nothing and moves the talk to a private channel. */
export const PRIVACY_SAFE_REPLY =
  'Thank you for reaching out. To protect everyone\'s privacy, we never discuss anyone\'s care here. Please call our main number or send us a private message so we can help.';

export const PRIVATE_ADVICE = 'Please call us so we can talk about your care privately.';

/** A reply confirming care -> the standard privacy-safe reply, in place of the whole reply (its greeting and @handle too). */
export function rewriteReply(s: Site): Rewrite {
  return { offset: s.container.offset, endOffset: s.container.endOffset, text: PRIVACY_SAFE_REPLY };
}

/** Advice to one person -> an invitation to talk privately, in place of the sentence that gave it. */
export function rewriteAdvice(s: Site): Rewrite {
  return { offset: sentenceStart(s), endOffset: sentenceEnd(s), text: PRIVATE_ADVICE };
}

/** A health claim -> the sentence is dropped (with the space before it), the rest of the post stays. */
export function rewriteClaim(s: Site): Rewrite {
  const start = sentenceStart(s);
  const end = sentenceEnd(s);
  const space = /[ \t]+$/.exec(s.source.slice(s.container.offset, start))?.[0].length ?? 0;
  if (space) return { offset: start - space, endOffset: end, text: '' };
  const next = /^[ \t]+/.exec(s.source.slice(end, s.container.endOffset))?.[0].length ?? 0;
  return { offset: start, endOffset: end + next, text: '' };
}
