import { leadingWords } from './leading-words.js';
import { trieAlternation } from './word-trie.js';

/**
 * A regex behind a cheap test of the words its matches start with
 * (leading-words.ts): where none of them starts a word of the text, the
 * regex cannot match, so it is not run, nor, in a short run, compiled.
 * Compiling a large alternation with `\p{L}` classes under `iu` costs 10-17
 * ms of a one-file start (describe.ts NOT_ONES_CARE, every `[\p{L}]` case
 * folded anew); the gate, ASCII and without flags, a fraction of a ms.
 */
export interface TextTest {
  test(text: string): boolean;
}

/** `make()`'s regex (a lazyRegex) with its word gate; a regex whose shape leadingWords does not read is always run. */
export function wordGated(make: () => RegExp): TextTest {
  let re: RegExp | undefined;
  let gate: RegExp | null = null;
  return {
    test(text) {
      if (!re) {
        re = make();
        gate = gateOf(re);
      }
      return (gate === null || mayStartWord(gate, text)) && re.test(text);
    },
  };
}

/** `(?<![a-z])` and the leading words as a trie, over lower-cased text; null for a global or sticky regex (test moves its lastIndex). */
function gateOf(re: RegExp): RegExp | null {
  const words = /[uv]/.test(re.flags) && !/[gy]/.test(re.flags) ? leadingWords(re.source) : undefined;
  return words ? new RegExp(`(?<![a-z])${trieAlternation(words, false)}`) : null;
}

/**
 * Whether a gate's word starts in `text`, read lower-cased. Under `iu` two
 * characters outside ASCII match ASCII letters: the Kelvin sign lower-cases
 * to "k", "ſ" stays itself, so a text with "ſ" always passes. No character
 * that is not a letter lower-cases to an ASCII letter, so a match's start,
 * after no letter, is after no ASCII letter here either.
 */
function mayStartWord(gate: RegExp, text: string): boolean {
  return text.includes('ſ') || gate.test(text.toLowerCase());
}
