import { sha256 } from '../text/sha256.js';
import { gateWords, type GateWords } from '../text/word-gate.js';
import { wordsSource } from '../text/words.js';
import { builtinData } from './builtin-data.js';
import { commonWords, spanishWords } from './stats.js';

/**
 * What the built-in cue lists compile to, prebuilt at build time into the
 * `wordSources` section of the prebuilt file (builtin-data.ts): each list's
 * trie-shaped regex source and the words of its gate. Working them out took
 * about 25 ms of every start. Each is keyed by its list's words (and case
 * rule); the code is not in the key: the build writes the file anew with
 * the code it compiles.
 */
export type WordSource = string | GateWords;

/** Everything worked out in this process, by key: what the build writes out. */
const made = new Map<string, WordSource>();

function cached<T extends WordSource>(key: string, make: () => T): T {
  const stored = builtinData()?.wordSources;
  const value = stored && Object.hasOwn(stored, key) ? (stored[key] as T) : make();
  made.set(key, value);
  return value;
}

/** `wordsRegex(words, flags).source`, prebuilt. */
export const cachedWordsSource = (words: readonly string[], ignoreCase = true): string =>
  cached(sha256(JSON.stringify(['source', words, ignoreCase])), () => wordsSource(words, ignoreCase));

/** How common a word is in English or Spanish film subtitles: the rarest word of a phrase gates it best. */
const rarity = (word: string) => Math.max(commonWords().get(word), spanishWords().get(word));

/** The words that gate a list (text/word-gate.ts), prebuilt. */
export const cachedGateWords = (phrases: readonly string[]): GateWords =>
  cached(sha256(JSON.stringify(['gate', phrases])), () => gateWords(phrases, rarity));

/** The `wordSources` section: everything worked out so far in this process. */
export const wordSourcesSection = (): Record<string, WordSource> => Object.fromEntries(made);
