import { compileRuleLazily } from '../detect/index.js';
import type { CompiledRule } from '../model/rule.js';
import { builtinData, type BuiltinSections } from '../lexicons/builtin-data.js';
import { detailRequiredSets, patternLiterals } from '../detect/pattern-literals.js';

/**
 * The built-in packs, validated at build time and stored in the `packs`
 * section of the prebuilt file (lexicons/builtin-data.ts), so a run starts
 * without parsing and validating YAML. That file is keyed by every file under
 * rules/ and data/ and by the schema module that validated the packs
 * (defaults included): an edited, added or removed pack, or another schema,
 * makes the loader fall back to YAML.
 */

/** The `packs` section for these packs and their compiled rules (each rule's `pack` is its file's display name). */
export function compiledPacksSection(files: { display: string }[], rules: CompiledRule[]): BuiltinSections['packs'] {
  return files.map((f) => ({ display: f.display, rules: rules.filter((r) => r.pack === f.display).map((r) => r.spec) }));
}

/** The packs' rules when the prebuilt file is up to date and holds these packs (the same files, in order); else undefined. */
export function loadCompiledPacks(files: { display: string }[], packs = builtinData()?.packs): CompiledRule[] | undefined {
  if (!packs || packs.length !== files.length || packs.some((pack, i) => pack.display !== files[i].display)) return undefined;
  return packs.flatMap((pack) => pack.rules.map((spec) => compileRuleLazily(spec, pack.display)));
}

/** The `anchors` section: the anchors of every pattern of these rules, as their `anchors()` work them out, and of every combo detail. */
export const anchorsSection = (rules: CompiledRule[]): BuiltinSections['anchors'] => {
  const out = patternsSection(rules, (rule) => rule.anchors?.());
  for (const p of comboDetails(rules)) out[p] = patternLiterals('anchors', p, 'native') ?? null;
  return out;
};

/** The `required` section: the required literals of every pattern of these rules, as their `required()` work them out. */
export const requiredSection = (rules: CompiledRule[]): BuiltinSections['anchors'] => patternsSection(rules, (rule) => rule.required?.());

/** The `detailRequired` section: every required set of each combo detail (detect/kinds/any-match.ts). */
export function detailRequiredSection(rules: CompiledRule[]): NonNullable<BuiltinSections['detailRequired']> {
  return Object.fromEntries(comboDetails(rules).map((p) => [p, detailRequiredSets(p) ?? null]));
}

/** The patterns of every combo rule's details. */
const comboDetails = (rules: CompiledRule[]): string[] => rules.flatMap((rule) => (rule.spec.detector === 'combo' ? Object.values(rule.spec.details).flat() : []));

/** A section by pattern source: what `per` gives for each pattern of the pattern rules (null: nothing). */
function patternsSection(rules: CompiledRule[], per: (rule: CompiledRule) => readonly (readonly string[] | undefined)[] | undefined): BuiltinSections['anchors'] {
  const out: BuiltinSections['anchors'] = {};
  for (const rule of rules) {
    if (rule.spec.detector !== 'pattern') continue;
    const lists = per(rule);
    if (lists) rule.spec.patterns.forEach((p, i) => (out[p] = lists[i] ? [...lists[i]!] : null));
  }
  return out;
}
