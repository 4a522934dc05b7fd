/**
 * The text detectors match on, with disguises taken off: an SSN written
 * "123‐45‐6789" (U+2010), "１２３-45-6789" (fullwidth), "123\u00AD-45-67\u200B89"
 * (soft hyphen, zero-width space), "1\u03322\u03323\u0332" (styled underline)
 * or "123\u00A045\u00A06789" reads as plain
 * ASCII here. `origin` maps every folded code unit back to the original, so
 * findings keep their exact place and their original text. Text with nothing
 * to fold is returned as is (no `origin`): its findings cannot change.
 */
export interface Folded {
  text: string;
  /** Original index of each folded code unit, plus the original length as the last entry; absent when nothing changed. */
  origin?: number[];
}

/** Invisible characters: soft hyphen, joiners, bidi marks and embeddings, word joiner and friends, BOM. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;
/** Spaces JavaScript's `\s` knows but a pack's literal ' ' (or RE2's `\s`) does not. */
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Hyphens by meaning: always a '-'. */
const HYPHEN = /[\u2010\u2011\u2212\ufe63\uff0d]/;
/** Dashes: a '-' between or next to digits ("555–0123"); in prose ("Jane—our nurse") they stay. */
const DASH = /[\u2012-\u2015\u2e3a\u2e3b\ufe58]/;
/** Overlays that style text (underline, strikethrough, slash) and the keycap of "1️⃣": never part of a word. */
const STYLE_MARK = /[\u0332-\u0338\u20e3]/;
/** Any combining mark: dropped after a digit ("1̲2̲3̲"), kept after a letter (an accent in decomposed text). */
const MARK = /\p{M}/u;
/** Quick test: does the text hold anything to fold? */
const ANY =
  /[\u0300-\u036f\u20d0-\u20ff\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2010-\u2015\u202a-\u202f\u205f-\u206f\u2212\u2460-\u24ff\u2e3a\u2e3b\u3000\u3164\ufe00-\ufe0f\ufe58\ufe63\ufeff\uff01-\uff5e\uffa0]|[\ud835][\udc00-\udfff]|(?![0-9])\p{Nd}/u;
const DIGIT = /\p{Nd}/u;

/** Folds `text` for matching (see the module comment). */
export function foldForMatching(text: string): Folded {
  if (!ANY.test(text)) return { text };
  const out: string[] = [];
  const origin: number[] = [];
  const dashes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    const folded = isAsciiDigit(out[out.length - 1]) && MARK.test(ch) ? '' : foldChar(cp, ch);
    if (folded === DASH_MARK) {
      dashes.push(out.length);
      out.push(ch);
      origin.push(i);
    } else {
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]);
        origin.push(i);
      }
    }
    i += width;
  }
  origin.push(text.length);
  // A dash next to a digit joins number groups; decided once digits are folded.
  for (const d of dashes) if (isAsciiDigit(out[d - 1]) || isAsciiDigit(out[d + 1])) out[d] = '-';
  const joined = out.join('');
  return joined === text ? { text } : { text: joined, origin };
}

const DASH_MARK = '\u0000dash';
const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

const cache = new Map<number, string>();
/** One character's folded form: '' (invisible), ASCII, DASH_MARK, or itself. */
function foldChar(cp: number, ch: string): string {
  if (cp < 0x80) return ch;
  let hit = cache.get(cp);
  if (hit === undefined) {
    hit = fold(cp, ch);
    if (cache.size < 4096) cache.set(cp, hit);
  }
  return hit;
}

function fold(cp: number, ch: string): string {
  if (INVISIBLE.test(ch) || STYLE_MARK.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (HYPHEN.test(ch)) return '-';
  if (DASH.test(ch)) return DASH_MARK;
  if (DIGIT.test(ch)) return String(digitValue(cp));
  // Fullwidth ASCII, mathematical letters and digits (styled "bold" text), circled numbers: their NFKC form when it is one ASCII letter or digit.
  if ((cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x2460 && cp <= 0x24ff)) {
    const k = ch.normalize('NFKC');
    if (/^[\x21-\x7e]$/.test(k)) return k;
  }
  return ch;
}

/**
 * A decimal digit's value. Unicode encodes each set of decimal digits as a
 * contiguous run 0..9 (a stability policy), and runs may follow each other
 * (the mathematical digits): the value is the distance from the run's start, mod 10.
 */
function digitValue(cp: number): number {
  let start = cp;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}
