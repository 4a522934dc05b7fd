import { nextWord, wordStartsAt } from './term-words.js';

/**
 * Where findTerms may find a term, for sets whose every term is matched
 * exactly (a case-sensitive list such as the facility names: capitals and
 * digits only). A word's first character is then a term's first character,
 * code unit for code unit, so only words starting with one of those (or
 * outside ASCII, never ruled out) are looked up, and a regex finds them
 * without reading the other words in JavaScript: the facility names read
 * the 1.7 M words of the bench corpus for almost no match. A set with terms
 * matched in any case gets no filter (its lower-case words start almost
 * anywhere, and reading 25,000 health terms would cost more than it saves).
 */
export interface StartFilter {
  /** 1 at each ASCII code a term starts with. */
  codes: Uint8Array;
  /** A character that is no ASCII letter or digit, then one a term may start with. */
  regex: RegExp;
}

/** What a filter is made from: the terms matched exactly and those matched in any case (terms.ts TermSets, not imported: terms.ts imports this). */
interface Terms {
  exact: Iterable<string>;
  folded: Iterable<string>;
}

const filters = new WeakMap<Terms, StartFilter | null>();

/** The filter of a set; undefined when every word must be looked up. */
export function startFilter(sets: Terms): StartFilter | undefined {
  let filter = filters.get(sets);
  if (filter === undefined) {
    filter = makeFilter(sets);
    filters.set(sets, filter);
  }
  return filter ?? undefined;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

function makeFilter(sets: Terms): StartFilter | null {
  for (const _ of sets.folded) return null;
  const codes = new Uint8Array(128);
  // A term starting outside ASCII needs no entry: such characters are always candidates.
  for (const term of sets.exact) if (term.charCodeAt(0) < 0x80) codes[term.charCodeAt(0)] = 1;
  const chars = [...codes.keys()].filter((c) => codes[c]).map(hex).join('');
  // The character before is matched, not looked behind (twice as fast): an ASCII letter or digit before always continues a word.
  return { codes, regex: new RegExp(`[^A-Za-z0-9][${chars}\\u0080-\\uffff]`, 'g') };
}

const mayStart = (filter: StartFilter, c: number) => c >= 0x80 || filter.codes[c] === 1;

/** The first word at or after `i` (0 or a word's end) that may start a term, or -1. */
export function nextTermStart(text: string, i: number, filter: StartFilter | undefined): number {
  if (filter === undefined) return nextWord(text, i);
  // A word's end is no letter or digit, so only a word at 0 starts at `i`.
  if (i === 0 && mayStart(filter, text.charCodeAt(0)) && wordStartsAt(text, 0)) return 0;
  const { regex } = filter;
  regex.lastIndex = i;
  while (regex.test(text)) {
    const at = regex.lastIndex - 1;
    if (wordStartsAt(text, at)) return at;
    regex.lastIndex = at; // the rejected character may precede the next candidate ("—A")
  }
  return -1;
}
