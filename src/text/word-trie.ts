/**
 * A list of literal words as one regex alternation shaped like a trie:
 * "admitted|admission" becomes "admi(?:tted|ssion)". V8 tries the
 * alternatives of a flat alternation one by one at every position, so a
 * 150-word cue list cost a scan per word; the trie branches on each character
 * once (about 2x faster on the bench corpus). Matches are the same as those
 * of the flat alternation sorted longest first: alternatives that match at
 * one position are prefixes of each other, so they lie on one path of the
 * trie, and its greedy optional tails try the longest first too.
 */
interface Node {
  end: boolean;
  next: Map<string, Node>;
}

/** A literal string as regex source. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter outside ASCII that has case: its case-insensitive twins are not always what toLowerCase says ("ı", "ᾀ"). */
const nonAsciiCased = (ch: string) => ch > '\x7f' && ch.toLowerCase() !== ch.toUpperCase();

/**
 * `ignoreCase`: the regex will carry the `i` flag, so ASCII letters of either
 * case share a branch (or a longer word in the other case would lose to a
 * shorter one). A list with a cased letter outside ASCII keeps the flat
 * longest-first alternation: Unicode case folding has too many special cases
 * to reproduce here exactly.
 */
export function trieAlternation(words: readonly string[], ignoreCase = true): string {
  if (ignoreCase && words.some((w) => [...w].some(nonAsciiCased))) {
    return `(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const raw of word) {
      const ch = ignoreCase && raw >= 'A' && raw <= 'Z' ? raw.toLowerCase() : raw;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${branches(root)})`;
}

/** The alternatives below a node: each edge, followed along any chain of single children. */
function branches(node: Node): string {
  const alternatives = [...node.next].map(([ch, child]) => {
    let label = escape(ch);
    while (!child.end && child.next.size === 1) {
      const [[c, only]] = child.next;
      label += escape(c);
      child = only;
    }
    return label + tail(child);
  });
  return alternatives.join('|');
}

/** What may follow a node: nothing, a required continuation, or an optional (greedy) one. */
function tail(node: Node): string {
  if (!node.next.size) return '';
  const inner = `(?:${branches(node)})`;
  return node.end ? `${inner}?` : inner;
}
