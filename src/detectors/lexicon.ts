import type { LexiconRuleSpec } from '../packs/schema.js';
import type { Match } from '../types.js';
import { LIST_NAMES, loadList } from '../lexicons/files.js';
import { RuleCompileError } from './types.js';
import type { RegexEngine } from './regex.js';
import { makeFilter } from './words.js';

/** A word as lexicons see it: letters and digits, with inner apostrophes, hyphens and dots. */
const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;

export interface TermSets {
  exact: Set<string>;
  folded: Set<string>;
  maxWords: number;
  /** Lower-cased first word of every term -> the most words a term starting with it has. */
  starts: Map<string, number>;
}

/**
 * Builds the lookup sets. By the lexicons' convention a lower-case term
 * matches any case and a term with capitals matches exactly ("MS" the
 * condition, not "ms"); `caseSensitive` overrides that for the whole rule.
 */
export function buildSets(terms: string[], caseSensitive: boolean | undefined): TermSets {
  const sets: TermSets = { exact: new Set(), folded: new Set(), maxWords: 1, starts: new Map() };
  for (const raw of terms) {
    const term = raw.trim().replace(/\s+/g, ' ');
    if (!term) continue;
    const exact = caseSensitive ?? term !== term.toLowerCase();
    (exact ? sets.exact : sets.folded).add(exact ? term : term.toLowerCase());
    const words = term.match(WORD);
    if (!words) continue;
    const first = words[0].toLowerCase();
    sets.starts.set(first, Math.max(sets.starts.get(first) ?? 0, words.length));
    sets.maxWords = Math.max(sets.maxWords, words.length);
  }
  return sets;
}

/**
 * Longest-first n-gram lookup over word tokens; matches never overlap. Only
 * words that start some term are tried, and only up to that term's length,
 * so 13,000 ICD-10 titles cost one map lookup per ordinary word.
 */
export function findTerms(text: string, sets: TermSets): Match[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const out: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const longest = sets.starts.get(text.slice(words[i].start, words[i].end).toLowerCase());
    if (!longest) continue;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const start = words[i].start;
      const end = words[i + n - 1].end;
      const raw = text.slice(start, end);
      const phrase = n > 1 && /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
      if (sets.exact.has(phrase) || sets.folded.has(phrase.toLowerCase())) {
        out.push({ start, end });
        i += n - 1;
        break;
      }
    }
  }
  return out;
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
