import type { NearWords } from '../model/rule-spec.js';
import type { Match } from '../model/types.js';
import { compileRuleRegex, type RegexEngine } from './regex.js';
import { LINE_SENTENCE_END, sentenceAround } from './sentences.js';
import { trieAlternation } from './word-trie.js';

/**
 * A case-insensitive regex for any of the words, bounded so "mrn" does not
 * match inside "mrna". Boundaries use lookarounds because words may start or
 * end with punctuation ("#", "no.").
 */
export function wordsRegex(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(wordsSource(words, flags.includes('i')), flags + 'u');
}

/** The source of `wordsRegex` (the regex takes the `u` flag, and `i` when `ignoreCase`). */
export const wordsSource = (words: readonly string[], ignoreCase: boolean): string =>
  `(?<![\\p{L}\\p{N}])${trieAlternation(words, ignoreCase)}(?![\\p{L}\\p{N}])`;

/** The window around a match, cut at sentence ends when `sentence` is set. */
export function windowAround(text: string, m: Match, window: number, sentence: boolean): string {
  const from = Math.max(0, m.start - window);
  const to = Math.min(text.length, m.end + window);
  if (!sentence) return text.slice(from, to);
  const s = sentenceAround(text, m, LINE_SENTENCE_END, { from, to });
  return text.slice(s.start, s.end);
}

/** Whether any of the words appears within `window` chars of the match. */
export function makeNear(near: NearWords | undefined): ((text: string, m: Match) => boolean) | undefined {
  if (!near) return undefined;
  // Built on first use: most rules never get a match to check, and a one-file run should not build them all.
  let re: RegExp | undefined;
  let unless: RegExp | undefined;
  return (text, m) => {
    const around = windowAround(text, m, near.window, near.sentence ?? false);
    if (!(re ??= wordsRegex(near.near)).test(around)) return false;
    return !near.unless || !(unless ??= wordsRegex(near.unless)).test(around);
  };
}

/** "SAMPLE-000000", "XXX-XX-1234", "000-00-0000": a number written as a stand-in, in an explainer or a form. */
const PLACEHOLDER = /^(?=[^\d]*\d)(?:.*(?:SAMPLE|EXAMPLE|DEMO|XXX).*|[^1-9]*)$/;

/**
 * Shared post-filters every detector kind applies: context, exclude,
 * exceptions. Exceptions are pack regexes, so they run on the pack's engine.
 */
export function makeFilter(
  spec: { context?: NearWords; exclude?: NearWords; exceptions?: string[] },
  engine: RegexEngine,
): (text: string, m: Match) => boolean {
  const near = makeNear(spec.context);
  const excluded = makeNear(spec.exclude);
  const exceptions = (spec.exceptions ?? []).map((e, i) => compileRuleRegex(`^(?:${e})$`, { ignoreCase: true, engine }, ['exceptions', i]));
  return (text, m) => {
    if (near && !near(text, m)) return false;
    if (excluded && excluded(text, m)) return false;
    const value = text.slice(m.start, m.end);
    if (PLACEHOLDER.test(value)) return false;
    return !exceptions.some((re) => re.test(value));
  };
}
