import type { PatternRuleSpec } from '../packs/schema.js';
import type { Match } from '../types.js';
import { RuleCompileError } from './types.js';
import { VALIDATORS } from './validators.js';
import { makeFilter } from './words.js';

/** Unicode mode when the pattern compiles in it (so `\p{Lu}` works), else the legacy mode (so `\#` does). */
function compileRegex(source: string, flags: string, path: PropertyKey[]): RegExp {
  try {
    return new RegExp(source, flags + 'u');
  } catch {
    /* not a Unicode-mode pattern: try the legacy mode below */
  }
  try {
    return new RegExp(source, flags);
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /, '');
    throw new RuleCompileError(`invalid regular expression: ${reason}`, path);
  }
}

/** Regex matches, narrowed to a capture group, checked by validators and context words. */
export function compilePattern(spec: PatternRuleSpec): (text: string) => Match[] {
  const flags = 'gd' + (spec.ignoreCase ? 'i' : '');
  const regexes = spec.patterns.map((p, i) => compileRegex(p, flags, ['patterns', i]));
  const validators = (spec.validators ?? []).map((name) => VALIDATORS[name]);
  const accept = makeFilter(spec);
  return (text) => {
    const out: Match[] = [];
    for (const re of regexes) {
      for (const m of text.matchAll(re)) {
        const span = groupSpan(m, spec.group);
        if (!span || span[0] === span[1]) continue;
        const value = text.slice(span[0], span[1]);
        if (!validators.every((v) => v(value))) continue;
        const match = { start: span[0], end: span[1] };
        if (accept(text, match)) out.push(match);
      }
    }
    return out;
  };
}

function groupSpan(m: RegExpExecArray | RegExpMatchArray, group: number | string | undefined): [number, number] | undefined {
  const indices = (m as RegExpExecArray).indices;
  if (group === undefined || !indices) return indices?.[0];
  return typeof group === 'number' ? indices[group] : indices.groups?.[group];
}
