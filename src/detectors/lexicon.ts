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
export function findTerms(text: string, sets: TermSets): Match[] {
  const out: Match[] = [];
  const scan = new RegExp(WORD.source, 'gu');
  const ahead = new RegExp(WORD.source, 'gu');
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const word = m[0];
    const longest = Math.max(sets.exactStarts.get(word) ?? 0, sets.starts.get(word.toLowerCase()) ?? 0);
    if (!longest) continue;
    const start = m.index;
    const ends = [start + word.length];
    for (ahead.lastIndex = ends[0]; ends.length < longest; ) {
      const next = ahead.exec(text);
      if (!next) break;
      ends.push(next.index + next[0].length);
    }
    for (let n = ends.length; n >= 1; n--) {
      const raw = text.slice(start, ends[n - 1]);
      const phrase = n > 1 && /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
      if (sets.exact.has(phrase) || sets.folded.has(phrase.toLowerCase())) {
        out.push({ start, end: ends[n - 1] });
        scan.lastIndex = ends[n - 1];
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
