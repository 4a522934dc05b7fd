import type { LexiconRuleSpec } from '../packs/schema.js';
import type { Match } from '../types.js';
import { LIST_NAMES, loadList } from '../lexicons/files.js';
import { RuleCompileError } from './types.js';
import type { RegexEngine } from './regex.js';
import { makeFilter } from './words.js';

/** A word as lexicons see it: letters and digits, with inner apostrophes, hyphens and dots. */
const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const JOINERS = new Set(["'", '’', '-', '.', '&']);

/** Width (1 or 2 code units) of the letter or digit at `i`, or 0: WORD's character class, without a regex call for ASCII. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
  if (c !== c) return 0; // past the end
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
}

/** End of the WORD match starting at `i` (a letter or digit): runs of letters and digits joined by one joiner each. */
function wordEnd(text: string, i: number): number {
  for (let w; (w = wordChar(text, i)); ) i += w;
  while (JOINERS.has(text[i]) && wordChar(text, i + 1)) for (let w = 1; w; w = wordChar(text, i)) i += w;
  return i;
}

/** Start of the next word at or after `i`, or -1. */
function nextWord(text: string, i: number): number {
  for (; i < text.length; i++) if (wordChar(text, i)) return i;
  return -1;
}

export interface TermSets {
  exact: Set<string>;
  folded: Set<string>;
  maxWords: number;
  /** First word of every lower-case term, lower-cased -> the most words a term starting with it has. */
  starts: Map<string, number>;
  /** The same for exact-case terms, keyed by their first word as written ("St." but not "st."). */
  exactStarts: Map<string, number>;
}

/**
 * Builds the lookup sets. By the lexicons' convention a lower-case term
 * matches any case and a term with capitals matches exactly ("MS" the
 * condition, not "ms"); `caseSensitive` overrides that for the whole rule.
 */
export function buildSets(terms: string[], caseSensitive: boolean | undefined): TermSets {
  const sets: TermSets = { exact: new Set(), folded: new Set(), maxWords: 1, starts: new Map(), exactStarts: new Map() };
  for (const raw of terms) {
    const term = /\s\s|[^\S ]|^ | $/.test(raw) ? raw.trim().replace(/\s+/g, ' ') : raw;
    if (!term) continue;
    const exact = caseSensitive ?? term !== term.toLowerCase();
    (exact ? sets.exact : sets.folded).add(exact ? term : term.toLowerCase());
    const words = term.match(WORD);
    if (!words) continue;
    const count = words.length;
    const first = exact ? words[0] : words[0].toLowerCase();
    const starts = exact ? sets.exactStarts : sets.starts;
    starts.set(first, Math.max(starts.get(first) ?? 0, count));
    sets.maxWords = Math.max(sets.maxWords, count);
  }
  return sets;
}

/**
 * Longest-first n-gram lookup over word tokens; matches never overlap. Only
 * words that start some term are tried, and only up to that term's length,
 * so 13,000 ICD-10 titles cost one map lookup per ordinary word.
 */
export function findTerms(text: string, sets: TermSets, limit = Infinity): Match[] {
  const out: Match[] = [];
  for (let start = nextWord(text, 0); start >= 0 && out.length < limit; ) {
    const end = wordEnd(text, start);
    const longest = longestFrom(text.slice(start, end), sets);
    if (!longest) {
      start = nextWord(text, end);
      continue;
    }
    const ends = [end];
    for (let at = nextWord(text, end); at >= 0 && ends.length < longest; at = nextWord(text, ends[ends.length - 1])) ends.push(wordEnd(text, at));
    let n = ends.length;
    for (; n >= 1; n--) {
      const raw = text.slice(start, ends[n - 1]);
      const phrase = n > 1 && /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
      if (sets.exact.has(phrase) || sets.folded.has(phrase.toLowerCase())) {
        out.push({ start, end: ends[n - 1] });
        break;
      }
    }
    start = nextWord(text, n >= 1 ? ends[n - 1] : end);
  }
  return out;
}

/** The most words a term starting with this word has (0: none starts with it). */
function longestFrom(word: string, sets: TermSets): number {
  const exact = sets.exactStarts.size ? (sets.exactStarts.get(word) ?? 0) : 0;
  return Math.max(exact, sets.starts.size ? (sets.starts.get(word.toLowerCase()) ?? 0) : 0);
}

export function compileLexicon(spec: LexiconRuleSpec, engine: RegexEngine): (text: string) => Match[] {
  if (!spec.terms?.length && !spec.lists?.length) throw new RuleCompileError('a lexicon rule needs "terms" or "lists"', []);
  let sets: TermSets | undefined;
  const accept = makeFilter(spec, engine);
  const terms = () => {
    // Lists load on first use so a run that never reaches this rule stays fast.
    sets ??= buildSets([...(spec.terms ?? []), ...(spec.lists ?? []).flatMap(loadList)], spec.caseSensitive);
    return sets;
  };
  (spec.lists ?? []).forEach((name, i) => {
    if (!LIST_NAMES.includes(name)) throw new RuleCompileError(`unknown word list "${name}" (known: ${LIST_NAMES.join(', ')})`, ['lists', i]);
  });
  return (text) => findTerms(text, terms()).filter((m) => accept(text, m));
}
