import { frequency } from './anchors.js';
import { escape } from './word-trie.js';

/**
 * Literal sets (anchors.ts, required-literals.ts: folded strings of which
 * every match of a pattern holds one) as native regexes, so that a long run
 * rules a pattern out of a text in a few native scans instead of a search
 * that looks up every position in JS (anchor-search.ts).
 *
 * Exact by the folding: foldCode maps an ASCII letter's two cases to the
 * lower one, `ſ` to "s" and the Kelvin sign to "k" (as the `iu` flags
 * match them), an ASCII digit to "0" (`[0-9]`), any other ASCII code to
 * itself, and the rest to OTHER. A literal is cut before its first OTHER or
 * ANY (a prefix of a literal a text holds is held too), and a set with a
 * literal cut to nothing gives no gate.
 */
export function literalGate(set: readonly string[]): RegExp | undefined {
  const cut = [...new Set(set.map(beforeUnfolded))];
  if (!cut.length || cut.includes('')) return undefined;
  return new RegExp(cut.map((l) => [...l].map((c) => (c === '0' ? '[0-9]' : escape(c))).join('')).join('|'), 'iu');
}

/** The literal up to its first code above ASCII (OTHER, ANY). */
const beforeUnfolded = (literal: string) => {
  const at = literal.search(/[^\x00-\x7f]/);
  return at < 0 ? literal : literal.slice(0, at);
};

/** A set's share of prose positions (anchors.ts frequency): the rarest sets rule out the most texts. */
const rate = (set: readonly string[]) => set.reduce((sum, l) => sum + frequency(beforeUnfolded(l)), 0);

/**
 * The gates of the `most` rarest sets that have one, rarest first: a text
 * that fails one of them holds no match. `shared` keeps one regex per
 * source across the patterns of a list.
 */
export function rarestGates(sets: readonly (readonly string[] | undefined)[], most = 3, shared = new Map<string, RegExp>()): RegExp[] {
  const gated = sets.flatMap((set) => {
    const gate = set && literalGate(set);
    return gate ? [{ gate, rate: rate(set) }] : [];
  });
  return gated
    .sort((a, b) => a.rate - b.rate)
    .slice(0, most)
    .map(({ gate }) => shared.get(gate.source) ?? shared.set(gate.source, gate).get(gate.source)!);
}
