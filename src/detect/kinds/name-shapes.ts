import { statsOf } from './name-runs.js';
import { isCommon } from '../../lexicons/stats.js';
import type { Match } from '../../model/types.js';

/** "#JaneDoe", "#PrayForJaneDoe" is not one: two capitalised words run together after a #. */
const HASHTAG = /(?<![\p{L}\p{N}_])#(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_])/gu;
/** "LINDQVIST, ANNA" on a label, wristband or screenshot: a surname, a comma, a given name, in capitals. */
const LAST_FIRST_CAPS = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'’-]+),\s*(\p{Lu}[\p{Lu}'’-]+)(?![\p{L}\p{N}])/gu;

const firstName = (word: string) => statsOf(word).first >= 200;
const surnameOrUnknown = (word: string) => {
  const s = statsOf(word);
  return !isCommon(s) || s.sur >= 1000;
};

/**
 * Names written in the shapes the word tables cannot see in running text: a
 * hashtag that is a first and last name ("#JaneDoe"), and an ALL-CAPS "LAST,
 * FIRST" as printed on a label or a wristband. The span is the name itself.
 */
export function shapedNames(text: string): Match[] {
  const out: Match[] = [];
  if (text.includes('#')) {
    for (const m of text.matchAll(HASHTAG)) {
      if (firstName(m[1]) && surnameOrUnknown(m[2]) && statsOf(m[2]).sur > 0) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (/\p{Lu}{2,},/u.test(text)) {
    for (const m of text.matchAll(LAST_FIRST_CAPS)) {
      if (firstName(m[2]) && surnameOrUnknown(m[1]) && !firstName(m[1])) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out;
}
