import { rawCues } from '../lexicons/cue-lists.js';
import { escape } from '../text/word-trie.js';

let heads: { after: RegExp; ends: RegExp; reach: number } | undefined;

/**
 * A name or place that is part of a medical eponym: "Cushing's syndrome",
 * "Framingham Risk Score", "Lou Gehrig's disease", "Modified Duke Score".
 * The head noun may follow the hit (after an optional possessive and up to
 * two more capitalised words) or end the hit itself.
 */
export function isEponym(text: string, start: number, end: number): boolean {
  heads ??= compileHeads(rawCues().eponymHeads);
  return headIn(text.slice(end, end + 60), heads) || headIn(text.slice(start, end), heads);
}

/**
 * `after` is anchored, so V8 tries it at the start alone; `ends` can only
 * match a head word ending the text, so it reads the last `reach`
 * characters: the longest head and the two code units of a letter before it
 * (the lookbehind's). Together they are one regex `^after|ends` (which V8
 * tried at every position of the 60 characters: 0.6% of a warm run).
 */
export function compileHeads(words: readonly string[]): { after: RegExp; ends: RegExp; reach: number } {
  const alternation = words.map(escape).join('|');
  // Under `iu` a head of the BMP matches as many code units as it has; one outside it keeps the whole text.
  const reach = words.some((w) => /[\ud800-\udfff]/.test(w)) ? Infinity : Math.max(0, ...words.map((w) => w.length)) + 2;
  return {
    after: new RegExp(`^(?:['’]s?)?(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?:${alternation})(?![\\p{L}])`, 'iu'),
    ends: new RegExp(`(?<![\\p{L}])(?:${alternation})$`, 'iu'),
    reach,
  };
}

/** What `^after|ends` says of `text`. */
export function headIn(text: string, h: { after: RegExp; ends: RegExp; reach: number }): boolean {
  return h.after.test(text) || h.ends.test(text.length > h.reach ? text.slice(text.length - h.reach) : text);
}
