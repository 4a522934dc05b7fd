import { rawCues } from '../lexicons/cue-lists.js';
import { escape } from '../text/word-trie.js';

let head: RegExp | undefined;

/**
 * A name or place that is part of a medical eponym: "Cushing's syndrome",
 * "Framingham Risk Score", "Lou Gehrig's disease", "Modified Duke Score".
 * The head noun may follow the hit (after an optional possessive and up to
 * two more capitalised words) or end the hit itself.
 */
export function isEponym(text: string, start: number, end: number): boolean {
  if (!head) {
    const words = rawCues().eponymHeads.map(escape).join('|');
    head = new RegExp(`^(?:['’]s?)?(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?:${words})(?![\\p{L}])|(?<![\\p{L}])(?:${words})$`, 'iu');
  }
  return head.test(text.slice(end, end + 60)) || head.test(text.slice(start, end));
}
