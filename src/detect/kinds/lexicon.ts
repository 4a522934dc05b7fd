import type { LexiconRuleSpec } from '../../model/rule-spec.js';
import type { Match } from '../../model/types.js';
import { LIST_NAMES } from '../../lexicons/files.js';
import { cachedSets } from '../../lexicons/term-cache.js';
import { RuleCompileError } from '../../model/rule.js';
import type { RegexEngine } from '../../text/regex.js';
import { findTerms, type TermSets } from '../../text/terms.js';
import { makeFilter } from '../../text/words.js';

export function compileLexicon(spec: LexiconRuleSpec, engine: RegexEngine): (text: string) => Match[] {
  if (!spec.terms?.length && !spec.lists?.length) throw new RuleCompileError('a lexicon rule needs "terms" or "lists"', []);
  let sets: TermSets | undefined;
  const accept = makeFilter(spec, engine);
  const terms = () => {
    // Lists load on first use so a run that never reaches this rule stays fast.
    sets ??= cachedSets({ lists: spec.lists ?? [], terms: spec.terms ?? [], caseSensitive: spec.caseSensitive });
    return sets;
  };
  (spec.lists ?? []).forEach((name, i) => {
    if (!LIST_NAMES.includes(name)) throw new RuleCompileError(`unknown word list "${name}" (known: ${LIST_NAMES.join(', ')})`, ['lists', i]);
  });
  return (text) => findTerms(text, terms()).filter((m) => accept(text, m));
}
