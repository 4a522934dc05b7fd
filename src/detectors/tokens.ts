/**
 * Word tokens for the name and place detectors: letters with inner
 * apostrophes and hyphens ("O'Brien", "Mei-Ling"), a possessive split off
 * ("Lindqvist's" names "Lindqvist"), and whether capitalisation says
 * anything (the first word of a sentence is capitalised anyway).
 */
export interface Token {
  text: string;
  start: number;
  /** End of the word without a possessive "'s". */
  end: number;
  /** Starts with a capital and is not all capitals ("Anna", "McKay"; not "ICU"). */
  cap: boolean;
  /** A single capital followed by "." ("S." in "Anna S."). */
  initial: boolean;
  /** First word of a sentence, line or quote: capitalisation is no evidence here. */
  sentenceStart: boolean;
  possessive: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu;
/** Abbreviations whose "." does not end a sentence. */
const ABBREV = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'jr', 'sr', 'prof', 'rev', 'mt', 'ft', 'vs', 'no', 'sgt', 'lt', 'gov', 'sen', 'rep', 'etc', 'ave', 'blvd', 'rd', 'apt', 'ste', 'dept']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prev: Token | undefined;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    let word = m[0];
    const possessive = /^.{2,}['’]s$/u.test(word);
    if (possessive) word = word.slice(0, -2);
    const gap = text.slice(prev ? prev.end + (prev.possessive ? 2 : 0) : 0, start);
    const tok: Token = {
      text: word,
      start,
      end: start + word.length,
      cap: /^\p{Lu}/u.test(word) && (word.length === 1 || /\p{Ll}/u.test(word)),
      initial: word.length === 1 && /\p{Lu}/u.test(word) && text[start + 1] === '.' && !/[\d°]/.test(text[start - 1] ?? ''),
      sentenceStart: !prev || endsSentence(gap, prev),
      possessive,
    };
    out.push(tok);
    prev = tok;
  }
  return out;
}

function endsSentence(gap: string, prev: Token): boolean {
  if (/[\n!?"“(#*|•]|[-–—]\s/.test(gap)) return true;
  if (!/[.:;]/.test(gap)) return false;
  if (gap.trim() === '.' && (prev.initial || ABBREV.has(prev.text.toLowerCase()))) return false;
  return true;
}

/** The text between two tokens (what separates a run of name words). */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
