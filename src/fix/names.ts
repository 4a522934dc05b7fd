import { removal } from './removal.js';
import { after, before, capitalise, opensSentence, type Rewrite, type Site } from './site.js';
import { rewriteTown } from './time-place.js';

/** A patient's name, rewritten as the sentence needs it. */

const GREETING = /\b(?:hi|hello|hey|dear|thanks|thank you|congrats|congratulations|welcome|happy birthday|good (?:morning|afternoon|evening)|hola|gracias)[,!]?[ \t]*$/i;
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta)\.?[ \t]+$/;
const DETERMINER = /\b(?:our|the|a|an|my|your|this|that)[ \t]+$/i;
const RELATIVE =
  /\b(?:husband|wife|partner|son|daughter|mom|mother|dad|father|brother|sister|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|baby|twins?|fianc[eé]e?|caregiver)(?:,[ \t]*|[ \t]+)$/i;
/** "of Marion", "from Austin": a one-word name after these is used as a place. */
const PLACE_BEFORE = /\b(?:of|from|in|near|outside)[ \t]+$/i;

/**
 * "our patient" ("Our patient" opening a sentence); "there" after a
 * greeting; dropped where the words around already say who ("our patient
 * Margaret", "her husband Tom", "Thank you, Marcus!", "Linda, thank you!",
 * "#GoAva"); a one-word name used as a place becomes one.
 */
export function rewriteName(s: Site): Rewrite {
  const prev = before(s);
  const next = after(s);
  const { offset: from, endOffset: to } = s.finding;
  // A hashtag naming someone ("#GoAva") goes whole.
  if (s.source[from - 1] === '#' || s.finding.text.startsWith('#')) return removal(s, s.source[from - 1] === '#' ? from - 1 : from, to + (/^[\p{L}\p{N}_]*/u.exec(after(s))?.[0].length ?? 0));
  if (GREETING.test(prev)) return { offset: from, endOffset: to, text: 'there' };
  const relative = RELATIVE.exec(prev);
  if (relative) return { offset: from - (relative[0].length - relative[0].trimEnd().replace(/,$/, '').length), endOffset: to, text: '' };
  // "our patient Margaret Thornbury": the words before already say who; the name goes.
  const role = /\b(?:patient|resident|client|member)[ \t]+$/i.exec(prev);
  if (role) return { offset: from - (role[0].length - role[0].trimEnd().length), endOffset: to, text: '' };
  if (PLACE_BEFORE.test(prev) && !/\s/.test(s.finding.text.trim())) return rewriteTown(s);
  const title = TITLE.exec(prev);
  const offset = title ? from - title[0].length : from;
  // A name spoken to: "Rest well, Hank." -> "Rest well."; "Linda, thank you!" -> "Thank you!".
  const closing = /,[ \t]*$/.exec(before(s, offset));
  if (closing && /^[ \t]*(?:[!.?…]|$)/.test(next)) return { offset: offset - closing[0].length, endOffset: to, text: '' };
  const opening = /^,[ \t]+(\p{Ll})/u.exec(next);
  if (opening && opensSentence(s, offset)) return { offset, endOffset: to + opening[0].length, text: capitalise(opening[1]) };
  if (DETERMINER.test(before(s, offset))) return { offset, endOffset: to, text: 'patient' };
  return { offset, endOffset: to, text: opensSentence(s, offset) ? 'Our patient' : 'our patient' };
}
