import { loadList } from '../lexicons/files.js';
import type { Hit } from '../model/rule.js';
import type { Cue, Sentence } from '../model/post.js';
import { cueLists } from '../lexicons/cue-lists.js';
import { careAfter, SPENT_STAY } from './describe.js';

let settings: Set<string> | undefined;

/**
 * A patient's name as the person of a sentence: "At 103, Florence
 * Achterberg is the oldest graduate of our cardiac rehab program" is about
 * her as much as "she" would make it. Only with a condition or treatment:
 * a care setting alone names where someone works, gives or volunteers
 * ("Thank you, Maria Lopez, for volunteering in our ICU"). Staff named by
 * title are never the person. `names` are the name hits inside the sentence; `isStaff` tells staff.
 */
export function namedPerson(s: Sentence, names: Hit[], text: string, isStaff: (h: Hit) => boolean): Cue | undefined {
  if (s.personal || !s.health) return undefined;
  if (settingOnly(s.text, s.health)) return undefined;
  const name = names.find((h) => h.rule.spec.category === 'name' && !isStaff(h));
  return name && { word: text.slice(name.start, name.end), start: name.start - s.start };
}

/** The sentence's health words are only a care setting ("at this pharmacy", "our ICU"), with no treatment after it. */
export function settingOnly(text: string, health: Cue): boolean {
  return careSettings().has(health.word.toLowerCase()) && !treatedAfter(text, health) && !MOVED_IN_BEFORE.test(text.slice(Math.max(0, health.start - 32), health.start));
}

/** "who moved into our memory care neighborhood", "admitted to our ICU", "spent three weeks with our Burn Unit team": living or staying in the setting is care (not "spent Saturday with our hospice team making cards"). */
const MOVED_IN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:moved|moves|moving|admitted|transferred|lives|living|lived)\s+(?:in|into|to)|${SPENT_STAY}\s+(?:in|with|on))\s+(?:our|the)\s+$`, 'iu');

const careSettings = () => (settings ??= new Set(loadList('care-settings').map((t) => t.toLowerCase())));

/** "Mr. Petrakis got to the ER in time for the clot-busting medication": a treatment after the setting is care. */
function treatedAfter(text: string, setting: Cue): boolean {
  return careAfter(text, setting.start + setting.word.length, cueLists(), (w) => careSettings().has(w.toLowerCase())) !== undefined;
}
