import { classEnd } from './regex-source.js';

/**
 * One character element of a regex source (a literal, an escape, a class,
 * `.`) read as the code units it may match: ASCII ones in a table, the
 * others all together (`other`). Always a superset: under the `i` flag a
 * letter takes both cases, and "s" and "k" any other unit (ſ and the Kelvin
 * sign fold into them); an element not worth reading exactly (`\p{..}`, a
 * control escape) has no unit at all, which means any.
 */
export interface Unit {
  ascii: Uint8Array;
  other: boolean;
}
export interface Mode {
  i: boolean;
  u: boolean;
}
/** A character element: its unit (undefined: any), whether it may take two code units (an astral character), where it ends. */
export interface Char {
  unit?: Unit;
  wide: boolean;
  end: number;
}

const set = (codes: number[], other = false): Unit => {
  const ascii = new Uint8Array(0x80);
  for (const c of codes) ascii[c] = 1;
  return { ascii, other };
};
const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
const DIGITS = range(0x30, 0x39);
const WORD = [...DIGITS, ...range(0x41, 0x5a), ...range(0x61, 0x7a), 0x5f];
const SPACE = [9, 10, 11, 12, 13, 32];
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
const complement = (u: Unit): Unit => ({ ascii: u.ascii.map((x) => 1 - x), other: true });

/** The codes of a class escape (`\d`, `\W`...), or undefined when the escape is not one. */
function classEscape(e: string, mode: Mode): Unit | undefined {
  const lower = e.toLowerCase();
  const base = lower === 'd' ? set(DIGITS) : lower === 'w' ? set(WORD, mode.i && mode.u) : lower === 's' ? set(SPACE, true) : undefined;
  return base && (e === lower ? base : complement(base));
}

/** One code point of the source at `at` (an escape or a literal): its code and end, or undefined when not read. */
function codeAt(source: string, at: number, mode: Mode): { code: number; end: number } | undefined {
  if (source[at] !== '\\') {
    const code = source.codePointAt(at)!;
    return { code, end: at + (code > 0xffff ? 2 : 1) };
  }
  const e = source[at + 1];
  if (e in CONTROL) return { code: CONTROL[e], end: at + 2 };
  const hex = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(at + 2)) : e === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(source.slice(at + 2)) : null;
  if (hex) return { code: parseInt(hex[0].replace(/[{}]/g, ''), 16), end: at + 2 + hex[0].length };
  // Back references, \c, \k, \p and any letter escape not listed: not read.
  if (/[0-9A-Za-z]/.test(e ?? '0')) return undefined;
  return { code: e.charCodeAt(0), end: at + 2 };
}

/** Adds `code` (and under `i` its other case) to `unit`. */
function addCode(unit: Unit, code: number, mode: Mode): void {
  if (code >= 0x80) return void (unit.other = true);
  unit.ascii[code] = 1;
  const letter = code | 0x20;
  if (!mode.i || letter < 0x61 || letter > 0x7a) return;
  unit.ascii[letter] = unit.ascii[letter & ~0x20] = 1;
  if (letter === 0x73 || letter === 0x6b) unit.other = true;
}

/** The class opening at `at`. */
function readClass(source: string, at: number, mode: Mode): Char {
  const end = classEnd(source, at);
  const negated = source[at + 1] === '^';
  const unit = set([]);
  let wide = false;
  for (let i = at + (negated ? 2 : 1); i < end - 1; ) {
    const escape = source[i] === '\\' ? classEscape(source[i + 1], mode) : undefined;
    if (escape) {
      escape.ascii.forEach((x, c) => x && addCode(unit, c, mode));
      unit.other ||= escape.other;
      i += 2;
      continue;
    }
    const lo = source[i] === '\\' && source[i + 1] === 'b' ? { code: 8, end: i + 2 } : codeAt(source, i, mode);
    if (!lo) return { wide: mode.u, end };
    const hi = source[lo.end] === '-' && lo.end + 1 < end - 1 ? codeAt(source, lo.end + 1, mode) : undefined;
    if (source[lo.end] === '-' && lo.end + 1 < end - 1 && !hi) return { wide: mode.u, end };
    const top = hi ? hi.code : lo.code;
    for (let c = lo.code; c <= Math.min(top, 0x7f); c++) addCode(unit, c, mode);
    if (top >= 0x80) unit.other = true;
    if (top > 0xffff) wide = true;
    i = hi ? hi.end : lo.end;
  }
  return negated ? { unit: complement(unit), wide: mode.u, end } : { unit, wide, end };
}

/** ASCII code units of the few properties patterns use; undefined for the others (any). */
const PROPERTIES: Record<string, number[]> = { L: [...range(0x41, 0x5a), ...range(0x61, 0x7a)], Lu: range(0x41, 0x5a), Ll: range(0x61, 0x7a), N: DIGITS, Nd: DIGITS };

/**
 * `\p{name}` (or `\P{name}`, `negated`) under `u`: its ASCII code units, and
 * any other unit. Under `i` a cased letter takes the other case, and a
 * negated property is not read (V8 folds the complement's cases too).
 */
function propertyUnit(name: string, negated: boolean, mode: Mode): Unit | undefined {
  const codes = PROPERTIES[name];
  if (!codes || (negated && mode.i)) return undefined;
  const unit = set([], true);
  for (const c of codes) addCode(unit, c, mode);
  return negated ? complement(unit) : unit;
}

/** The character element at `at`, or undefined when it is none (a group, a quantifier, a back reference...). */
export function readChar(source: string, at: number, mode: Mode): Char | undefined {
  const c = source[at];
  if (c === '[') return readClass(source, at, mode);
  if (c === '.') return { unit: set(range(0, 0x7f).filter((x) => x !== 10 && x !== 13), true), wide: mode.u, end: at + 1 };
  if (c === undefined || '()|*+?^$'.includes(c)) return undefined;
  if (c === '\\') {
    const escape = classEscape(source[at + 1], mode);
    // \W, \D and \S take a whole astral character (two code units) under `u`: what follows is no longer at a fixed place.
    if (escape) return { unit: escape, wide: mode.u && 'WDS'.includes(source[at + 1]), end: at + 2 };
    if (mode.u && (source[at + 1] === 'p' || source[at + 1] === 'P') && source[at + 2] === '{') {
      const end = source.indexOf('}', at) + 1;
      return { unit: propertyUnit(source.slice(at + 3, end - 1), source[at + 1] === 'P', mode), wide: true, end };
    }
  }
  const code = codeAt(source, at, mode);
  if (!code) return undefined;
  // A non-ASCII literal under `i` may fold into an ASCII letter: any.
  if (code.code >= 0x80 && mode.i) return { wide: code.code > 0xffff, end: code.end };
  const unit = set([]);
  addCode(unit, code.code, mode);
  return { unit, wide: code.code > 0xffff, end: code.end };
}
