import { alternativeStarts, groupEnd } from './regex-source.js';

/**
 * The words a regex's every match starts with, read from its source by hand:
 * for a pattern whose every top-level alternative opens with
 * `(?<![\p{L}])` and then a word or a group of words ("(?<![\p{L}])(?:work|
 * volunteer(?:s|ed)?)\s+..."), the letters each way into it starts with
 * ("work", "volunteer"). A match then starts where one of them starts a
 * word. The whole pattern may sit in one group, then `$` ("(?:A|B)$").
 * Undefined for any other shape: such a regex gets no gate.
 */

const NOT_AFTER_LETTER = '(?<![\\p{L}])';

/** Every top-level alternative of `source` as [start, end), looking through one group around it all. */
function topAlternatives(source: string): [number, number][] {
  let from = 0;
  let to = source.length;
  if (source.endsWith('$')) to--;
  if (source.startsWith('(?:') && groupEnd(source, 0) === to) [from, to] = [3, to - 1];
  return alternativesBetween(source, from, to);
}

/** Each alternative between `from` and `to` as [start, end). */
function alternativesBetween(source: string, from: number, to: number): [number, number][] {
  const starts = alternativeStarts(source, from, to);
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : to]);
}

const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Whether a quantifier that may skip what it follows ("?", "*", "{0,") stands at `at`. */
const mayRepeatNone = (source: string, at: number) => source[at] === '?' || source[at] === '*' || source.startsWith('{0', at);

/** The letters each way through the text at `at` starts with, or undefined when one way starts otherwise. */
function startingLetters(source: string, at: number, end: number): string[] | undefined {
  let stop = at;
  while (stop < end && isAsciiLetter(source.charCodeAt(stop))) stop++;
  // "works?": a quantifier after the run applies to its last letter alone.
  const letters = source.slice(at, mayRepeatNone(source, stop) ? stop - 1 : stop);
  if (letters) return [letters.toLowerCase()];
  if (stop > at) return undefined;
  if (!source.startsWith('(?:', at)) return undefined;
  const close = groupEnd(source, at) - 1;
  // An optional group ("(?:the )?word") can be stepped over: not read here.
  if (mayRepeatNone(source, close + 1)) return undefined;
  const out: string[] = [];
  for (const [s, e] of alternativesBetween(source, at + 3, close)) {
    const words = startingLetters(source, s, e);
    if (!words) return undefined;
    out.push(...words);
  }
  return out;
}

/** The words every match of `source` starts with, not after a letter; undefined when its shape is not read here. */
export function leadingWords(source: string): string[] | undefined {
  const out = new Set<string>();
  for (const [start, end] of topAlternatives(source)) {
    if (!source.startsWith(NOT_AFTER_LETTER, start)) return undefined;
    const words = startingLetters(source, start + NOT_AFTER_LETTER.length, end);
    if (!words) return undefined;
    for (const w of words) out.add(w);
  }
  return [...out];
}
