/**
 * `[...text.matchAll(re)]` without matchAll's copy of the regex at every call:
 * detectors iterate a segment's matches of a fixed regex, once per segment,
 * and the copy (with its iterator) cost more than the search on short texts.
 * One copy per regex is kept; the matches are gathered before the caller
 * sees any, so a caller may search again with the same regex inside its loop.
 */
const copies = new WeakMap<RegExp, RegExp>();

export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex (as matchAll does)');
  let copy = copies.get(re);
  if (!copy) copies.set(re, (copy = new RegExp(re)));
  const unicode = copy.unicode || copy.flags.includes('v');
  const out: RegExpExecArray[] = [];
  copy.lastIndex = re.lastIndex;
  for (let m; (m = copy.exec(text)); ) {
    out.push(m);
    // Past an empty match, as matchAll steps: one code point in Unicode mode.
    if (!m[0]) copy.lastIndex = advance(text, copy.lastIndex, unicode);
  }
  return out;
}

const advance = (text: string, i: number, unicode: boolean) =>
  unicode && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
