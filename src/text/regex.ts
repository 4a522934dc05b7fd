import type { RE2JS } from 're2js';
import { re2js } from '../lib/lazy-modules.js';
import { type BoundedRegex, boundedRegex, eachMatch, matchSpans, nextMatch, startsDigitRuns, stickySpans } from './leading-boundary.js';
import { RuleCompileError } from '../model/rule.js';
import { regexAnchors } from './anchors.js';
import { requiredLiterals } from './required-literals.js';
import { startCheck, type StartCheck } from './start-checks.js';

/**
 * The one place that chooses a regex engine. Built-in packs are reviewed and
 * may use everything JavaScript offers ('native'). Patterns from user packs
 * run on RE2 ('re2', via re2js): matching time is linear in the text, so a
 * careless `(a+)+$` cannot hang a CI run. RE2 has no lookahead and no
 * backreferences (captureless lookbehind is enabled); such patterns are
 * rejected when the pack loads.
 */
export type RegexEngine = 'native' | 're2';

/** A compiled pattern as detectors use it, whatever engine runs it. */
export interface Regex {
  /** [start, end) of every match, or of capture group `group` (undefined when the group did not take part). */
  spans(text: string, group?: number | string): Iterable<[number, number] | undefined>;
  /**
   * As spans(), given every position where a match may start (sorted; see
   * anchors.ts): the pattern is tried at those only, with the same results.
   */
  spansAt(text: string, starts: readonly number[], group?: number | string): Iterable<[number, number] | undefined>;
  /** Whether the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** Number of capture groups and the names of the named ones. */
  groups: { count: number; names: string[] };
}

/** A pattern that does not compile; `message` is a plain-words reason. */
export class RegexSyntaxError extends Error {}

/** How to compile a pattern; `checked`: the build compiled this pattern already, so a native regex is made on first use, not to check it now. */
export interface RegexOptions {
  ignoreCase?: boolean;
  engine: RegexEngine;
  checked?: boolean;
}

export function compileRegex(source: string, options: RegexOptions): Regex {
  return options.engine === 'native' ? compileNative(source, options.ignoreCase, options.checked) : compileRe2(source, options.ignoreCase);
}

/** Compiles a pack's regex; a syntax problem becomes a pack error located at `path` in the rule. */
export function compileRuleRegex(source: string, options: RegexOptions, path: PropertyKey[]): Regex {
  try {
    return compileRegex(source, options);
  } catch (err) {
    if (!(err instanceof RegexSyntaxError)) throw err;
    throw new RuleCompileError(`invalid regular expression: ${err.message}`, path);
  }
}

function compileNative(source: string, ignoreCase = false, checked = false): Regex {
  // Unicode mode when the pattern compiles in it (so `\p{Lu}` works), else the legacy mode (so `\#` does).
  let unicode: 'u' | '' | undefined;
  const flags = ignoreCase ? 'gi' : 'g';
  const stickyFlags = ignoreCase ? 'iy' : 'y';
  /** The first regex made of the pattern finds its mode: Unicode when it compiles so, else legacy; a syntax error in neither. */
  const made = <T>(make: (mode: string) => T): T => {
    if (unicode !== undefined) return make(unicode);
    try {
      return make((unicode = 'u'));
    } catch {
      try {
        return make((unicode = ''));
      } catch (err) {
        unicode = undefined;
        throw new RegexSyntaxError((err as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /, ''));
      }
    }
  };
  // Under `iu` a leading \b is slow: it is checked in code instead (leading-boundary.ts).
  // A pattern the build compiled already (`checked`) is made on first use: an anchored scan never runs this one.
  let boundedRe: BoundedRegex | undefined;
  const bounded = () => (boundedRe ??= made((mode) => boundedRegex(source, flags + mode)));
  if (!checked) bounded();
  // Match indices ('d') cost an allocation per match: only for rules that report a group.
  let withIndices: BoundedRegex | undefined;
  let groups: Regex['groups'] | undefined;
  // Sticky twins for anchored scans, made on first use.
  let sticky: RegExp | undefined;
  let stickyIndices: RegExp | undefined;
  let digitRuns: boolean | undefined;
  /** What the characters around a start must be (start-checks.ts), read before each sticky try; null: nothing to check. */
  let check: StartCheck | null | undefined;
  const pick = (group: number | string) => (m: RegExpExecArray) => (typeof group === 'number' ? m.indices![group] : m.indices!.groups?.[group]);
  return {
    spans(text, group) {
      if (group === undefined) return matchSpans(bounded(), text);
      const out: ([number, number] | undefined)[] = [];
      withIndices ??= made((mode) => boundedRegex(source, `${flags}d${mode}`));
      eachMatch(withIndices, text, (m) => out.push(pick(group)(m)));
      return out;
    },
    spansAt(text, starts, group) {
      if (!starts.length) return [];
      digitRuns ??= startsDigitRuns(source);
      const re = group === undefined ? (sticky ??= made((mode) => new RegExp(source, `${stickyFlags}${mode}`))) : (stickyIndices ??= made((mode) => new RegExp(source, `${stickyFlags}d${mode}`)));
      if (check === undefined) check = startCheck(source, re.flags) ?? null;
      if (group === undefined) return stickySpans(re, text, starts, (m) => [m.index, m.index + m[0].length], digitRuns, check ?? undefined);
      return stickySpans(re, text, starts, pick(group), digitRuns, check ?? undefined);
    },
    test(text) {
      const b = bounded();
      b.re.lastIndex = 0;
      const found = nextMatch(b, text) !== null;
      b.re.lastIndex = 0;
      return found;
    },
    // Compiled on first use: most rules never ask. An empty alternative always matches, which reveals the group layout.
    get groups() {
      return (groups ??= groupsOf(made((mode) => new RegExp(`${source}|`, mode)).exec('')!));
    },
  };
}

/**
 * The anchors of a pack pattern (anchors.ts), read as its engine reads it:
 * a native pattern in Unicode mode when it compiles so, as compileNative
 * does. Undefined: the pattern is scanned whole.
 */
export function patternAnchors(source: string, engine: RegexEngine): string[] | undefined {
  return regexAnchors(source, readsUnicode(source, engine));
}

/** The required literals of a pack pattern (required-literals.ts), read as patternAnchors reads it, when rarer than its anchors. */
export function patternRequired(source: string, engine: RegexEngine): string[] | undefined {
  return requiredLiterals(source, readsUnicode(source, engine), patternAnchors(source, engine));
}

/** Whether the pattern is read in Unicode mode: always on RE2, when it compiles so natively (as compileNative does). */
function readsUnicode(source: string, engine: RegexEngine): boolean {
  if (engine === 're2') return true;
  try {
    new RegExp(source, 'u');
  } catch {
    return false;
  }
  return true;
}

const groupsOf = (probe: RegExpExecArray) => ({ count: probe.length - 1, names: Object.keys(probe.groups ?? {}) });

const RE2_HINT = 'user packs use RE2 syntax, which runs in linear time: no lookahead and no backreferences';

function compileRe2(source: string, ignoreCase = false): Regex {
  // translateRegExp turns JavaScript-only escapes (\uXXXX, (?<name>...)) into RE2 ones,
  // but it would quietly read the backreference \k<name> as the letters "k<name>".
  for (const [, c, next] of source.matchAll(/\\(.)(?=(.?))/gs)) {
    if (/[1-9]/.test(c) || (c === 'k' && next === '<')) throw new RegexSyntaxError(`backreferences are not supported (${RE2_HINT})`);
  }
  const { RE2JS } = re2js();
  let re: RE2JS;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.LOOKBEHINDS | (ignoreCase ? RE2JS.CASE_INSENSITIVE : 0));
  } catch (err) {
    const reason = (err as Error).message.replace(/^error parsing regexp: /, '');
    throw new RegexSyntaxError(/unsupported|invalid escape/.test(reason) ? `${reason} (${RE2_HINT})` : reason);
  }
  const named = re.namedGroups();
  return {
    *spans(text, group) {
      const index = typeof group === 'string' ? named[group] : group;
      const m = re.matcher(text);
      while (m.find()) {
        if (index === undefined) yield [m.start(), m.end()];
        else yield m.start(index) < 0 ? undefined : [m.start(index), m.end(index)];
      }
    },
    // RE2 has no sticky mode that sees the text before the start (lookbehinds): anchors only say "nowhere".
    spansAt(text, starts, group) {
      return starts.length ? this.spans(text, group) : [];
    },
    test: (text) => re.test(text),
    groups: { count: re.groupCount(), names: Object.keys(named) },
  };
}
