import { readFileSync } from 'node:fs';
import type { CompiledRule } from '../model/rule.js';
import { LocatedError } from '../lib/errors.js';
import { loadPacks, type PackFile } from '../packs/load.js';
import { builtinPacks } from '../packs/builtin.js';
import { exampleLocator, type ExampleKind } from '../packs/example-locations.js';
import { detect } from './detect.js';
import { lintSource } from './lint-source.js';

/**
 * A rule's `examples` are its contract (as gitleaks' and ESLint's RuleTester
 * samples): every `match` example must be reported by the rule, no
 * `noMatch` one may be. The generic test holds the built-in packs to it;
 * a user's pack is held to it when it loads, so a pattern that silently
 * stopped matching is a pack error, not a gap in the gate.
 */

let builtins: CompiledRule[] | undefined;
const builtinRules = () => (builtins ??= loadPacks(builtinPacks()).filter((r) => r.spec.detector !== 'care-detail'));

/** The spans of `text` the rule reports. A contextual rule, or one whose matches its context decides, runs through the pipeline. */
export async function reportedSpans(rule: CompiledRule, text: string): Promise<string[]> {
  // A care detail is reported only beside an identifier's error (decide/decide.ts): its examples run with the built-in rules.
  if (rule.spec.detector === 'care-detail') {
    const { findings } = await lintSource(text, 'example.txt', [rule, ...builtinRules()]);
    return findings.filter((f) => f.ruleId === rule.spec.id).map((f) => text.slice(f.offset, f.endOffset));
  }
  if (rule.inPost || rule.ownPlace) return (await lintSource(text, 'example.txt', [rule])).findings.map((f) => text.slice(f.offset, f.endOffset));
  // A name the detector itself marks as staff is reported only as an info, never as a patient's name.
  const hits = await detect([{ text, kind: 'text', start: 0 }], [rule]);
  return hits.filter((h) => !h.staff).map((h) => text.slice(h.start, h.end));
}

/** Where a rule's examples do not behave as declared: kind and index of each. */
export async function failingExamples(rule: CompiledRule): Promise<{ kind: ExampleKind; index: number }[]> {
  const failing: { kind: ExampleKind; index: number }[] = [];
  const { match, noMatch } = rule.spec.examples;
  for (const [index, text] of match.entries()) if (!(await reportedSpans(rule, text)).length) failing.push({ kind: 'match', index });
  for (const [index, text] of noMatch.entries()) if ((await reportedSpans(rule, text)).length) failing.push({ kind: 'noMatch', index });
  return failing;
}

const checked = new Map<string, { text: string; problems: Promise<string[]> }>();

/**
 * The located problems of a user's pack files whose examples misbehave:
 * `acme.yaml:12:9: rule "acme/member-id": match example 1 is not reported by the rule`.
 * Examples are named by position, not quoted: a CI log is no place for
 * sample patient text. Each pack's text is checked once per process.
 */
export async function packExampleProblems(packs: PackFile[]): Promise<string[]> {
  const all = await Promise.all(packs.map((pack) => problemsOf(pack)));
  return all.flat();
}

function problemsOf(pack: PackFile): Promise<string[]> {
  let text: string;
  try {
    text = readFileSync(pack.path, 'utf8');
  } catch {
    return Promise.resolve([]); // loading the pack reports a file it cannot read
  }
  const known = checked.get(pack.path);
  if (known?.text === text) return known.problems;
  const problems = check(pack, text);
  checked.set(pack.path, { text, problems });
  return problems;
}

async function check(pack: PackFile, text: string): Promise<string[]> {
  const at = exampleLocator(text, pack.display ?? pack.path);
  const problems: string[] = [];
  let rules: CompiledRule[];
  try {
    rules = loadPacks([pack]);
  } catch (err) {
    // A pack that does not load is reported by the run's own loading, with every rule set in view (duplicate ids).
    if (err instanceof LocatedError) return [];
    throw err;
  }
  // An approval rule's examples need the whole rule set and a requireApproval setting, an image rule's an image: the test suite runs those.
  for (const rule of rules.filter((r) => r.spec.detector !== 'approval' && r.spec.detector !== 'image')) {
    for (const { kind, index } of await failingExamples(rule)) {
      const what = kind === 'match' ? 'is not reported by the rule' : 'is reported by the rule, but is listed under noMatch';
      problems.push(at(rule.spec.id, kind, index, `rule "${rule.spec.id}": ${kind} example ${index + 1} ${what}`));
    }
  }
  return problems;
}
