import type { PatternRuleSpec } from '../../model/rule-spec.js';
import type { Match, Segment } from '../../model/types.js';
import { lacksRequired, type Nlp, type PatternStarts } from '../../model/rule.js';
import { compileRuleRegex, type Regex, type RegexEngine } from '../../text/regex.js';
import { RuleCompileError } from '../../model/rule.js';
import { VALIDATORS } from '../validators/index.js';
import { makeFilter } from '../../text/words.js';

/** Regex matches, narrowed to a capture group, checked by validators and context words. */
/** `checked`: a built-in rule the build compiled already (its regexes are made on first use, not checked again). */
export function compilePattern(spec: PatternRuleSpec, engine: RegexEngine, checked = false): (text: string, segment?: Segment, nlp?: Nlp, starts?: PatternStarts) => Match[] {
  const regexes = spec.patterns.map((p, i) => compileRuleRegex(p, { ignoreCase: spec.ignoreCase, engine, checked }, ['patterns', i]));
  if (!checked) regexes.forEach((re, i) => checkGroup(re, spec.group, i));
  const validators = (spec.validators ?? []).map((name) => VALIDATORS[name]);
  const accept = makeFilter(spec, engine);
  return (text, _segment, _nlp, starts) => {
    const out: Match[] = [];
    for (let i = 0; i < regexes.length; i++) {
      // Not where a literal every match holds is missing; only where a match may start, when the segment's anchor scan knows (text/anchor-index.ts).
      if (starts && lacksRequired(starts, i)) continue;
      const at = starts?.scan.at(starts.base + i);
      for (const span of at ? regexes[i].spansAt(text, at, spec.group) : regexes[i].spans(text, spec.group)) {
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

/** A `group` the pattern does not have would make the rule silently never match. */
function checkGroup(re: Regex, group: number | string | undefined, i: number): void {
  if (group === undefined) return;
  const ok = typeof group === 'number' ? group <= re.groups.count : re.groups.names.includes(group);
  if (!ok) throw new RuleCompileError(`pattern ${i + 1} has no capture group ${typeof group === 'number' ? group : `"${group}"`} (see "group")`, ['group']);
}
