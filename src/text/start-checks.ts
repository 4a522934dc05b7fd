import { type Char, type Mode, readChar, type Unit } from './char-units.js';
import { alternativeStarts, groupBody, groupEnd, quantifierAt } from './regex-source.js';

/**
 * A sticky try of a pattern at an anchor start costs a call into the regex
 * engine, most often to fail on the first characters. Many patterns say, at
 * fixed distances from where a match starts, which characters may stand
 * there: `(?<=\p{Lu}[\p{L}'’-]+,\s)\d{1,3}(?=,)` needs ", " just before it
 * (its anchor is any digit); a dotted MAC address `[0-9a-f]{4}\.[0-9a-f]{4}`
 * (anchored at its ".") needs hex digits around the dot. A start check reads
 * those characters with charCodeAt before the try. It only says "cannot
 * match here" where the regex would fail, so the matches are the same:
 * every part it reads is a single character at a known place, in a
 * superset of what the regex accepts there (any non-ASCII unit passes a
 * part that could take one, and case-insensitive letters both cases).
 */
export type StartCheck = (text: string, at: number) => boolean;

/** A check: what the code unit at `offset` from the start may be. */
interface Part {
  offset: number;
  unit: Unit;
}

/** The start check of a pattern (with its flags), or undefined when it would check nothing. */
export function startCheck(source: string, flags: string): StartCheck | undefined {
  const mode = { i: flags.includes('i'), u: flags.includes('u') };
  // Outside Unicode mode "\p{L}" is the letters "p{L}": not worth reading right.
  if (!mode.u && /\\[pPuk]/.test(source)) return undefined;
  if (alternativeStarts(source, 0, source.length).length > 1) return undefined;
  const parts: Part[] = [];
  walk(source, 0, source.length, 0, mode, parts);
  const kept = parts.filter((p) => !p.unit.other || p.unit.ascii.some((x) => !x)).sort((a, b) => count(a.unit) - count(b.unit));
  if (!kept.length) return undefined;
  const offsets = kept.map((p) => p.offset);
  const tables = kept.map((p) => p.unit.ascii);
  const others = kept.map((p) => p.unit.other);
  const unicode = mode.u;
  return (text, at) => {
    // Under `u` a start inside a surrogate pair is tried from the pair's start: no fixed places to read, so no refusal.
    if (unicode && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) return true;
    for (let k = 0; k < offsets.length; k++) {
      const j = at + offsets[k];
      if (j < 0 || j >= text.length) return false;
      const c = text.charCodeAt(j);
      if (c < 0x80 ? !tables[k][c] : !others[k]) return false;
    }
    return true;
  };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const count = (u: Unit) => u.ascii.reduce((n, x) => n + x, 0) + (u.other ? 64 : 0);

/** Adds the parts of the sequence [from, to) from offset k; the offset after it, or -1 where offsets stop being fixed. */
function walk(source: string, from: number, to: number, k: number, mode: Mode, parts: Part[]): number {
  for (let i = from; i < to; ) {
    const c = source[i];
    if (c === '^' || c === '$') i++;
    else if (c === '\\' && (source[i + 1] === 'b' || source[i + 1] === 'B')) i += 2;
    else if (c === '(') {
      const end = groupEnd(source, i);
      if (source.startsWith('(?<=', i)) behind(source, i + 4, end - 1, k, mode, parts);
      if (source[i + 1] === '?' && source[i + 2] !== ':' && !(source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!')) {
        // A lookaround is zero width; a group with flags ("(?i:") is not read.
        if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return -1;
        i = end;
        continue;
      }
      const q = quantifierAt(source, end);
      const body = groupBody(source, i);
      if (q.min !== 1 || q.max !== 1 || alternativeStarts(source, body, end - 1).length > 1) return -1;
      if ((k = walk(source, body, end - 1, k, mode, parts)) < 0) return -1;
      i = q.end;
    } else {
      const ch = readChar(source, i, mode);
      if (!ch) return -1;
      const q = quantifierAt(source, ch.end);
      for (let n = 0; n < q.min; n++, k++) {
        if (ch.unit) parts.push({ offset: k, unit: ch.unit });
        if (ch.wide) return -1;
      }
      if (q.min !== q.max) return -1;
      i = q.end;
    }
  }
  return k;
}

/** The parts a positive lookbehind's body [from, to) gives before offset k: its last characters, read backwards. */
function behind(source: string, from: number, to: number, k: number, mode: Mode, parts: Part[]): void {
  if (alternativeStarts(source, from, to).length > 1) return;
  const chars: ({ ch: Char; min: number; max: number } | 'zero')[] = [];
  for (let i = from; i < to; ) {
    if (source[i] === '\\' && (source[i + 1] === 'b' || source[i + 1] === 'B')) (chars.push('zero'), (i += 2));
    else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) (chars.push('zero'), (i = groupEnd(source, i)));
    else {
      const ch = source[i] === '(' || source[i] === '^' ? undefined : readChar(source, i, mode);
      if (!ch) chars.length = 0; // what came before is not adjacent to the end any more
      const q = ch ? quantifierAt(source, ch.end) : undefined;
      if (ch && q) chars.push({ ch, min: q.min, max: q.max });
      i = q ? q.end : source[i] === '(' ? groupEnd(source, i) : i + 1;
    }
  }
  let j = k - 1;
  for (let e = chars.length - 1; e >= 0; e--) {
    const el = chars[e];
    if (el === 'zero') continue;
    if (el.ch.wide) return;
    for (let n = 0; n < el.min; n++, j--) if (el.ch.unit) parts.push({ offset: j, unit: el.ch.unit });
    if (el.min !== el.max) return;
  }
}
