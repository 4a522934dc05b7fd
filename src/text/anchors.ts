import { regexpp } from '../lib/lazy-modules.js';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

/**
 * Anchors of a regex: short literal strings of which every match starts with
 * one, read from the pattern's syntax tree. A text position where none of
 * them starts cannot be where a match starts, so the regex only needs trying
 * at the positions where one does (anchor-index.ts finds them for every
 * pattern in one pass). The strings are over a folded alphabet (foldCode),
 * which maps every character a pattern character can match under any flags
 * to the same code, so the positions found are always a superset of the
 * real match starts: an extra position costs one failed try, never a match.
 */

/** Longest anchor kept: longer ones find fewer positions, but the table grows with them. */
export const ANCHOR_LENGTH = 4;
/** Folded code of every character outside ASCII (except the two that fold into ASCII letters). */
export const OTHER = 0x80;
/** The folded alphabet's size: ASCII, then OTHER. */
export const ALPHABET = 0x81;
/**
 * Wildcard anchors: ANY stands for one character, whatever it is. A pattern
 * that has no literal start ("[0-9A-F]{1,4}:...", an IPv6 address) may still
 * have a literal a few characters in: its anchors are then `ANY* LITERAL`
 * ("\x81\x81:"), and a match may start that many characters before the
 * literal. Only worked out for patterns with no anchors otherwise.
 */
export const ANY = ALPHABET;
/** Longest wildcard anchor, wildcards included (the anchor index keeps a length in 3 bits). */
const WILD_LENGTH = 7;
/** Longest counted repetition unrolled into wildcard anchors ("{0,3}"). */
const MAX_UNROLL = 8;
/** A class of more distinct folded characters than this ends the anchor there (`\w`, `[a-z]`...). */
const MAX_CLASS = 12;
/** More anchors than this for one pattern: stop lengthening them. */
const MAX_ANCHORS = 400;

/**
 * Case, digits and non-ASCII folded away: A-Z -> a-z, every digit -> '0',
 * "ſ" and the Kelvin sign -> s and k (Unicode case folding matches them
 * with s and k), every other non-ASCII code unit -> OTHER.
 */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c >= 0x30 && c <= 0x39 ? 0x30 : c;
  return c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : OTHER;
}

/** The folded strings one code point may match (an astral one is two code units), or undefined when not known to be few. */
type Codes = Set<string> | undefined;

const O = String.fromCharCode(OTHER);
const A = String.fromCharCode(ANY);

/** How prefixes grow: `wild` turns every element that is no single character into ANY (one or, in Unicode mode, two code units). */
interface Mode {
  wild: boolean;
  unicode: boolean;
}
const LITERAL: Mode = { wild: false, unicode: false };

function codesOfChar(cp: number): string {
  return cp > 0xffff ? O + O : String.fromCharCode(foldCode(cp));
}

function codesOfRange(min: number, max: number): Codes {
  if (max - min > 64) return min >= 0x80 ? new Set(max > 0xffff ? [O, O + O] : [O]) : undefined;
  const out = new Set<string>();
  for (let c = min; c <= max; c++) out.add(codesOfChar(c));
  return out;
}

/** Folded strings of one class element or class escape; undefined when many or unknown. */
function codesOf(node: Node): Codes {
  switch (node.type) {
    case 'Character':
      return new Set([codesOfChar(node.value)]);
    case 'CharacterClassRange':
      return codesOfRange(node.min.value, node.max.value);
    case 'CharacterSet':
      if (node.kind === 'digit' && !node.negate) return new Set(['0']);
      if (node.kind === 'space' && !node.negate) return new Set(['\t', '\n', '\v', '\f', '\r', ' ', O]);
      return undefined;
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return undefined;
      const out = new Set<string>();
      for (const e of node.elements) {
        const codes = codesOf(e);
        if (!codes) return undefined;
        codes.forEach((c) => out.add(c));
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** Anchor strings so far: `open` ones may still grow with what follows. */
interface Prefix {
  s: string;
  open: boolean;
}

/** Appends what `seq` can start with to each open prefix. */
function extend(prefixes: Prefix[], seq: readonly Element[], mode: Mode): Prefix[] {
  let cur = prefixes;
  for (const e of seq) {
    if (!cur.some((p) => p.open)) return cur;
    const next = step(cur, e, mode);
    // Too many: keep what we have, closed (still a valid, shorter anchor set).
    if (next.length > MAX_ANCHORS) return cur.map((p) => ({ s: p.s, open: false }));
    cur = next;
  }
  return cur;
}

const close = (ps: Prefix[]): Prefix[] => ps.map((p) => ({ s: p.s, open: false }));

function dedupe(ps: Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const p of ps) {
    const had = seen.get(p.s);
    // A closed prefix says less than an open one of the same text (it may not grow): keep the closed one.
    if (!had) seen.set(p.s, p);
    else if (!p.open) had.open = false;
  }
  return [...seen.values()];
}

/** The prefixes after element `e`. */
function step(prefixes: Prefix[], e: Element, mode: Mode): Prefix[] {
  const closed = prefixes.filter((p) => !p.open);
  const open = prefixes.filter((p) => p.open);
  switch (e.type) {
    case 'Assertion':
      return prefixes; // zero width: `\b`, `^`, lookarounds constrain, never consume
    case 'Group':
    case 'CapturingGroup':
      if (e.type === 'Group' && e.modifiers) return [...closed, ...close(open)];
      return dedupe([...closed, ...alternatives(open, e.alternatives, mode)]);
    case 'Quantifier': {
      // "\d{1,2}°" starts "0°" or "00°": a short count of one folded code is written out for each count, as wildcards are.
      const oneCode = codesOf(e.element)?.size === 1;
      if ((mode.wild || oneCode) && e.max <= MAX_UNROLL) return dedupe([...closed, ...unrolled(open, e, mode)]);
      // "\d{5,}" is five digits or more, not one: an element of one folded code grows the prefix through all its certain copies.
      const copies = oneCode ? Math.min(e.min, ANCHOR_LENGTH) : 1;
      let once = step(open, e.element, mode);
      for (let k = 1; k < copies; k++) once = step(once, e.element, mode);
      // Still open only when nothing may follow the copies written out but what comes after the quantifier.
      const repeated = e.max === 1 || (copies > 1 && e.max === e.min && e.min === copies) ? once : close(once);
      return dedupe([...closed, ...(e.min === 0 ? open : []), ...repeated]);
    }
    default: {
      let codes = codesOf(e);
      if (mode.wild && codes?.size !== 1) codes = new Set(mode.unicode && (!codes || [...codes].some((c) => c.length > 1)) ? [A, A + A] : [A]);
      if (!codes || codes.size > MAX_CLASS) return [...closed, ...close(open)];
      const length = mode.wild ? WILD_LENGTH : ANCHOR_LENGTH;
      const out: Prefix[] = [...closed];
      for (const p of open) {
        for (const c of codes) {
          const s = (p.s + c).slice(0, length);
          out.push({ s, open: s.length < length });
        }
      }
      return dedupe(out);
    }
  }
}

/** A counted repetition (`{0,3}`) written out, once for each count. */
function unrolled(open: Prefix[], e: Element & { type: 'Quantifier' }, mode: Mode): Prefix[] {
  const out: Prefix[] = e.min === 0 ? [...open] : [];
  let cur = open;
  for (let k = 1; k <= e.max && cur.length; k++) {
    const next = step(cur, e.element, mode);
    // A closed prefix is a prefix of every longer match: an anchor whatever the count.
    out.push(...next.filter((p) => !p.open || k >= e.min));
    cur = next.filter((p) => p.open);
    if (out.length > MAX_ANCHORS) return close(out);
  }
  return out;
}

function alternatives(open: Prefix[], alts: readonly Alternative[], mode: Mode = LITERAL): Prefix[] {
  return alts.flatMap((alt) => extend(open, alt.elements, mode));
}

/**
 * The anchors of `source` (JavaScript syntax), or undefined when some match
 * could start anywhere (a leading `\p{L}`, `.`, an optional whole) or the
 * pattern does not parse: then the regex scans the whole text as before.
 */
export function regexAnchors(source: string, unicode: boolean): string[] | undefined {
  const pattern = parsePattern(source, unicode);
  return pattern && (literalAnchors(pattern) ?? wildAnchors(pattern, unicode));
}

type Pattern = { alternatives: readonly Alternative[] };

/** The literal strings (folded, up to ANCHOR_LENGTH) every match of the sequence starts with; '' among them when some match may start otherwise. */
export function literalStarts(seq: readonly Element[]): string[] {
  return extend([{ s: '', open: true }], seq, LITERAL).map((p) => p.s);
}

/** The syntax tree of `source`, or undefined when it does not parse. */
export function parsePattern(source: string, unicode: boolean): Pattern | undefined {
  try {
    return new (regexpp().RegExpParser)({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode });
  } catch {
    return undefined;
  }
}

function literalAnchors(pattern: Pattern): string[] | undefined {
  const found = alternatives([{ s: '', open: true }], pattern.alternatives);
  if (!found.length || found.some((p) => p.s === '')) return undefined;
  const anchors = covering(found.map((p) => p.s));
  // Anchors that start almost everywhere ("a".."f" of a hex pattern) cost more tries than a whole scan.
  return anchors.reduce((rate, a) => rate + frequency(a), 0) <= MAX_RATE ? anchors : undefined;
}

/** Wildcard anchors (see ANY), each cut after its first literal run: `ANY* LITERAL`. */
function wildAnchors(pattern: Pattern, unicode: boolean): string[] | undefined {
  const found = alternatives([{ s: '', open: true }], pattern.alternatives, { wild: true, unicode });
  const anchors = found.map((p) => /^\x81*[^\x81]+/.exec(p.s)?.[0]);
  if (!found.length || anchors.some((a) => a === undefined)) return undefined;
  const unique = covering(anchors as string[]);
  return unique.reduce((rate, a) => rate + frequency(a.replace(/^\x81+/, '')), 0) <= MAX_WILD_RATE ? unique : undefined;
}

/** The most candidate starts per character of prose a pattern's anchors may find before it is better scanned whole. */
const MAX_RATE = 0.05;
/** The same for wildcard anchors, which stand in for a whole scan and nothing else: an IPv6 address tries four starts at each colon. */
const MAX_WILD_RATE = 0.1;

/** A rough share of prose positions where `anchor` starts: letters about 1 in 15, spaces 1 in 6, digits 1 in 30, the rest 1 in 50. */
export function frequency(anchor: string): number {
  let p = 1;
  for (let i = 0; i < anchor.length; i++) {
    const c = anchor.charCodeAt(i);
    p *= c >= 0x61 && c <= 0x7a ? 1 / 15 : c === 0x20 ? 1 / 6 : c === 0x30 ? 1 / 30 : 1 / 50;
  }
  return p;
}

/** The anchors without those a shorter one covers ("ab" finds every place "abc" does). */
export function covering(anchors: string[]): string[] {
  const sorted = [...new Set(anchors)].sort();
  // Sorted, a string's shorter prefixes come right before it and its extensions: one look back suffices.
  const out: string[] = [];
  for (const a of sorted) if (!out.length || !a.startsWith(out[out.length - 1])) out.push(a);
  return out;
}
