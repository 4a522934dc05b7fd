import type { NearWords } from '../packs/schema.js';
import type { Match } from '../types.js';
import { compileRuleRegex, type RegexEngine } from './regex.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive regex for any of the words, bounded so "mrn" does not
 * match inside "mrna". Boundaries use lookarounds because words may start or
 * end with punctuation ("#", "no.").
 */
export function wordsRegex(words: readonly string[], flags = 'i'): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags + 'u');
}

/** Whether any of the words appears within `window` chars of the match. */
export function makeNear(near: NearWords | undefined): ((text: string, m: Match) => boolean) | undefined {
  if (!near) return undefined;
  const re = wordsRegex(near.near);
  return (text, m) => re.test(text.slice(Math.max(0, m.start - near.window), m.end + near.window));
}

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
    return !exceptions.some((re) => re.test(value));
  };
}
