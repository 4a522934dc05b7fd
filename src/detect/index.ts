import type { PatternRuleSpec, RuleSpec, SkipSegments } from '../model/rule-spec.js';
import { compileCombo } from './kinds/combo.js';
import { compileRelationship } from './kinds/relationship.js';
import { compileCareDetail } from './kinds/care-detail.js';
import type { Segment } from '../model/types.js';
import type { CompiledRule, Nlp, PatternStarts } from '../model/rule.js';
import { compileEntity } from './kinds/entity.js';
import { compileLexicon } from './kinds/lexicon.js';
import { compileImage } from './kinds/image.js';
import { compileMedia } from './kinds/media.js';
import { compileName } from './kinds/name.js';
import { compilePattern } from './kinds/pattern.js';
import { compilePhone } from './kinds/phone.js';
import { compilePlace } from './kinds/place.js';
import type { RegexEngine } from '../text/regex.js';
import { patternLiterals, type LiteralsSection } from './pattern-literals.js';
import { makeNear, wordsRegex } from '../text/words.js';

/**
 * The one place a detector kind is chosen. `engine` runs the pack's regexes
 * (see regex.ts); `checked`: the build compiled and validated the rule already.
 */
export function compileRule(spec: RuleSpec, pack: string, engine: RegexEngine, checked = false): CompiledRule {
  const rule = needingContext(spec, skipping(spec.skipSegments, compile(spec, pack, engine, checked)));
  // Matches near the organisation's own site are kept; decide() reports them only for a patient.
  return spec.ownPlace ? Object.assign(rule, { ownPlace: makeNear(spec.ownPlace) }) : rule;
}

const CONTEXTUAL = new Set(['combo', 'relationship', 'care-detail']);

/**
 * A built-in rule, compiled on first use: the build already compiled and
 * validated it, so a run answered from the cache compiles none, and a small
 * post compiles only the rules its text reaches. Everything but the spec
 * and pack is read through the compiled rule.
 */
export function compileRuleLazily(spec: RuleSpec, pack: string): CompiledRule {
  let compiled: CompiledRule | undefined;
  const real = () => (compiled ??= compileRule(spec, pack, 'native', true));
  const rule: CompiledRule = {
    spec,
    pack,
    detect: (text, segment, nlp, starts) => real().detect(text, segment, nlp, starts),
    get needsNlp() {
      return real().needsNlp;
    },
    get ownPlace() {
      return real().ownPlace;
    },
  };
  if (spec.detector === 'pattern') Object.assign(rule, { anchors: anchorsOf(spec, 'native'), required: requiredOf(spec, 'native') });
  if (CONTEXTUAL.has(spec.detector)) rule.inPost = (ctx, hits) => real().inPost!(ctx, hits);
  return rule;
}

/**
 * The anchors and the required literals of a pattern rule's patterns,
 * worked out once, on first use; a built-in pattern's are read from the
 * prebuilt file (working them out for every built-in pattern takes over
 * 100 ms).
 */
const anchorsOf = (spec: PatternRuleSpec, engine: RegexEngine) => perPattern(spec, engine, 'anchors');
const requiredOf = (spec: PatternRuleSpec, engine: RegexEngine) => perPattern(spec, engine, 'required');

function perPattern(spec: PatternRuleSpec, engine: RegexEngine, section: LiteralsSection): () => (string[] | undefined)[] {
  let lists: (string[] | undefined)[] | undefined;
  return () => (lists ??= spec.patterns.map((p) => patternLiterals(section, p, engine)));
}

function compile(spec: RuleSpec, pack: string, engine: RegexEngine, checked: boolean): CompiledRule {
  switch (spec.detector) {
    case 'pattern':
      return { spec, pack, detect: compilePattern(spec, engine, checked), needsNlp: false, anchors: anchorsOf(spec, engine), required: requiredOf(spec, engine) };
    case 'lexicon':
      return { spec, pack, detect: compileLexicon(spec, engine), needsNlp: false };
    case 'entity':
      return { spec, pack, detect: compileEntity(spec, engine), needsNlp: true };
    case 'name':
      return { spec, pack, ...compileName(spec, engine) };
    case 'place':
      return { spec, pack, detect: compilePlace(spec, engine), needsNlp: false };
    case 'phone':
      return { spec, pack, detect: compilePhone(spec, engine), needsNlp: false };
    case 'media':
      return { spec, pack, detect: compileMedia(spec, engine), needsNlp: false };
    case 'image':
      return { spec, pack, detect: compileImage(spec), needsNlp: false };
    case 'combo':
      return { spec, pack, detect: () => [], needsNlp: false, inPost: compileCombo(spec) };
    case 'relationship':
      return { spec, pack, detect: () => [], needsNlp: false, inPost: compileRelationship(spec) };
    case 'care-detail':
      return { spec, pack, detect: () => [], needsNlp: false, inPost: compileCareDetail(spec) };
    case 'approval':
      // Reported by the run's approvals step (src/approvals/), which reads the rule's severity and message from here.
      return { spec, pack, detect: () => [], needsNlp: false };
  }
}

/** A rule whose matches need context words skips, in one regex test, any segment without them. */
function needingContext(spec: RuleSpec, rule: CompiledRule): CompiledRule {
  const near = 'context' in spec ? spec.context : undefined;
  if (!near) return rule;
  const re = wordsRegex(near.near);
  const { detect, needsNlp } = rule;
  // detect() asks needsNlp and then detect about the same segment: the last text's answer is kept for the second question.
  let last: string | undefined;
  let lastHas = false;
  const has = (text: string) => (text === last ? lastHas : ((last = text), (lastHas = re.test(text))));
  return Object.assign(rule, {
    detect: (text: string, seg?: Segment, nlp?: Nlp, starts?: PatternStarts) => (has(text) ? detect(text, seg, nlp, starts) : []),
    needsNlp: typeof needsNlp === 'function' ? (text: string) => has(text) && needsNlp(text) : needsNlp,
  });
}

/** Leaves out segments of the kinds and keys a rule skips (a front-matter `date:` is the publication date). */
function skipping(skip: SkipSegments | undefined, rule: CompiledRule): CompiledRule {
  if (!skip) return rule;
  const kinds = new Set(skip.kinds ?? []);
  const keys = new Set((skip.keys ?? []).map((k) => k.toLowerCase()));
  const skipped = (seg?: Segment) => !!seg && (kinds.has(seg.kind) || (seg.key !== undefined && keys.has(seg.key.toLowerCase())));
  const detect = rule.detect;
  return Object.assign(rule, { detect: (text: string, seg?: Segment, nlp?: Nlp, starts?: PatternStarts) => (skipped(seg) ? [] : detect(text, seg, nlp, starts)) });
}
