/**
 * Reading a JavaScript regex's source by hand, without parsing it into a
 * tree: where a class or a group ends, where the alternatives of a group
 * start. Small rewrites and checks (word-boundary.ts, start-checks.ts) run
 * on every pattern a run compiles, where a full parser would cost start-up.
 */

/** Index just past the class that opens at `at` (`[`). */
export function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** Index just past the group that opens at `at` (`(`). */
export function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** Start of each top-level alternative between `from` and `to` (a group's body, or the whole source). */
export function alternativeStarts(source: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') i = groupEnd(source, i) - 1;
    else if (c === '|') starts.push(i + 1);
  }
  return starts;
}

/** Where the body of the group opening at `at` starts: after `(`, `(?:`, `(?<name>`, or a lookaround's opening. */
export function groupBody(source: string, at: number): number {
  if (source[at + 1] !== '?') return at + 1;
  if (source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) return at + 4;
  if (source[at + 2] === '<') return source.indexOf('>', at) + 1;
  return at + 3;
}

/** The quantifier at `at`: its bounds and where it ends; {min: 1, max: 1} when there is none. */
export function quantifierAt(source: string, at: number): { min: number; max: number; end: number } {
  const c = source[at];
  const lazy = (end: number) => (source[end] === '?' ? end + 1 : end);
  if (c === '?') return { min: 0, max: 1, end: lazy(at + 1) };
  if (c === '*') return { min: 0, max: Infinity, end: lazy(at + 1) };
  if (c === '+') return { min: 1, max: Infinity, end: lazy(at + 1) };
  const m = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 16)) : null;
  if (!m) return { min: 1, max: 1, end: at };
  const min = Number(m[1]);
  return { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity, end: lazy(at + m[0].length) };
}
