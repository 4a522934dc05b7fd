import { escape } from '../text/word-trie.js';
import { rawCues } from '../lexicons/cue-lists.js';

let before: RegExp | undefined;
let after: RegExp | undefined;

function compile() {
  const raw = rawCues();
  const alt = (words: string[]) => words.map(escape).sort((a, b) => b.length - a.length).join('|');
  // A title right before the name, allowing one given name in between ("Dr. Anil Mehta" when only "Mehta" was found).
  before = new RegExp(`(?<![\\p{L}])(?:${alt(raw.staffBefore)})\\.?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+)?$`, 'iu');
  after = new RegExp(`^,?\\s*(?:${alt(raw.staffAfter)})(?![\\p{L}])`, 'iu');
}

/**
 * The title or role that marks a name as staff or a public figure
 * ("Dr. Anil Mehta", "Rosa Diaz, RN", "Ana Ruiz, our head of nursing").
 */
export function staffRole(text: string, start: number, end: number): string | undefined {
  if (!before) compile();
  const b = before!.exec(text.slice(Math.max(0, start - 40), start));
  if (b) return b[0].trim().split(/\s+/)[0];
  const a = after!.exec(text.slice(end, end + 40));
  return a ? a[0].replace(/^,?\s*/, '') : undefined;
}
