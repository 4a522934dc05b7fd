import { removal } from './removal.js';
import { after, before, capitalise, inPlace, opensSentence, type Rewrite, type Site } from './site.js';

export { rewriteName } from './names.js';

/** Rewrites of who a post is about: names, handles, ages and identifying details. */

const DETERMINER = /\b(?:our|the|a|an|my|your|this|that)[ \t]+$/i;

/** A handle ("@jdoe") -> removed, its "@" too. */
export function rewriteHandle(s: Site): Rewrite {
  const at = s.source[s.finding.offset - 1] === '@' ? s.finding.offset - 1 : s.finding.offset;
  return removal(s, at, s.finding.endOffset);
}

const ORDINAL_BIRTHDAY = /^\d+(?:st|nd|rd|th)[ \t]+(birthday|cumpleaños)$/i;
const AGE_WORDS = /^[,(\s]*(?:(?:turned|turns|turning|aged|age|is|was|at|of)[ \t]+)*$/i;
const YEARS_OLD_ADJ = /^\d+-(?:years?|yrs?)-old$/i;

/** An age over 89 -> "90 or older" ("94th birthday" -> "birthday", "94-year-old" -> "90-plus-year-old"). */
export function rewriteOldAge(s: Site): Rewrite {
  const text = s.finding.text;
  const birthday = ORDINAL_BIRTHDAY.exec(text.trim());
  if (birthday) return inPlace(s, birthday[1]);
  if (YEARS_OLD_ADJ.test(text.trim())) return inPlace(s, '90-plus-year-old');
  // "turned 94", "aged 94 years": the words before the number stay, the number and its unit become "90 or older".
  const number = /\d{2,3}/.exec(text);
  if (!number) return inPlace(s, '90 or older');
  const from = s.finding.offset + number.index;
  const rest = text.slice(number.index + number[0].length) + after(s);
  const unit = /^[ \t]*(?:years?|yrs?|años)(?:[ \t]+(?:old|of age))?/i.exec(rest)?.[0] ?? '';
  const to = Math.max(s.finding.endOffset, from + number[0].length + unit.length);
  // Only known words before the number stay (the fix is shown unmasked); "turned 90 or older" still reads as an age of 90: "is".
  const lead = text.slice(0, number.index);
  const words = AGE_WORDS.test(lead) ? lead.replace(/\bturn(?:ed|s|ing)[ \t]+$/i, 'is ') : '';
  if (!words && number.index > 0) return inPlace(s, '90 or older');
  // ", 94," keeps its commas: only punctuation after the number stays with it.
  const tail = text.slice(number.index + number[0].length + unit.length);
  return { offset: s.finding.offset, endOffset: to, text: words + '90 or older' + (/^[\s,;:.)!?]*$/.test(tail) ? tail : '') };
}

/** Any other age in a patient's story -> dropped ("the 67-year-old man" -> "the man"). */
export function rewriteAge(s: Site): Rewrite {
  return removal(s, s.finding.offset, s.finding.endOffset);
}

/** Details that single a person out -> the generic words the rule's message asks for. */
const DETAILS: [RegExp, string][] = [
  [/^(?:hit|struck|run over) by\b/i, 'injured'],
  [/^(?:outside|near|at|in front of) the\b/i, ''],
  [/^(?:shooting|stabbing|explosion|fire|collapse|crash|pile-?up)\b/i, 'an accident'],
  [/^(?:collapsed|went into cardiac arrest|was injured|was hurt)\b/i, 'fell ill'],
  [/^(?:star|starting)\b/i, 'athlete'],
  [/^(?:the |a |our )?(?:first|youngest|oldest|only|last|smallest|tiniest|earliest|first-ever|record)/i, 'a patient'],
];

export function rewriteDetail(s: Site): Rewrite {
  const text = s.finding.text.trim();
  const row = DETAILS.find(([re]) => re.test(text));
  const words = row ? row[1] : 'a patient';
  if (words === '') return removal(s, s.finding.offset, s.finding.endOffset);
  const det = DETERMINER.exec(before(s));
  if (det && words.startsWith('a ')) return { offset: s.finding.offset - det[0].length, endOffset: s.finding.endOffset, text: opensSentence(s, s.finding.offset - det[0].length) ? 'A patient' : 'a patient' };
  return inPlace(s, opensSentence(s) ? capitalise(words) : words);
}
