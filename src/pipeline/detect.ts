import type { Hit } from '../model/rule.js';
import { ensureNlp } from '../detect/nlp.js';
import type { CompiledRule } from '../model/rule.js';
import { cutWindows, ownedMatches } from '../text/windows.js';
import type { Match, Segment } from '../model/types.js';
import { RuleKeywords } from './keywords.js';
import { ruleAnchors } from './rule-anchors.js';
import { ruleTraits } from './rule-traits.js';

/** A GPS tag or a face read in an image is data, not words: only image rules read it. */
const IMAGE_DATA = new Set(['image-gps', 'image-face']);

/** NLP only pays off where a capitalised word could be a name or a place. */
const MAY_HOLD_ENTITY = /\p{Lu}\p{Ll}/u;
/** The NLP model's memory grows with its input (~400 MB for 1 MB of prose): feed it windows. */
export const NLP_WINDOWS = { size: 32 * 1024, overlap: 2 * 1024 };

/** Runs every rule over every segment; keyword prefilters first, as gitleaks does. */
export async function detect(segments: Segment[], rules: CompiledRule[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  const index = keywordIndex(rules);
  const anchors = ruleAnchors(rules);
  const traits = ruleTraits(rules);
  for (let s = 0; s < segments.length; s++) {
    const text = segments[s].text;
    const selected = index.select(text.toLowerCase());
    const startsOf = anchors.scan(text);
    const imageData = +IMAGE_DATA.has(segments[s].kind);
    for (let r = 0; r < rules.length; r++) {
      if (!selected[r] || traits.postOnly[r] || imageData !== traits.image[r] || startsOf?.none(r)) continue;
      const rule = rules[r];
      const nlp = traits.needsNlp(r);
      if (nlp === true && !MAY_HOLD_ENTITY.test(text)) continue;
      const wantsNlp = nlp === true || (typeof nlp === 'function' && nlp(text));
      const matches = wantsNlp ? await detectWithNlp(rule, text, segments[s]) : rule.detect(text, segments[s], undefined, startsOf?.of(r));
      for (const m of matches) hits.push(hitOf(m, rule, s));
    }
  }
  return hits;
}

/**
 * `{ ...m, rule, segment }`. Most matches are a bare start and end, written
 * out here: a spread of matches of several shapes takes V8's generic path
 * (a runtime call per hit).
 */
export function hitOf(m: Match, rule: CompiledRule, segment: number): Hit {
  return m.staff === undefined && m.ownSite === undefined && m.evidence === undefined && Object.keys(m).length === 2 ? { start: m.start, end: m.end, rule, segment } : { ...m, rule, segment };
}

const indexes = new WeakMap<CompiledRule[], RuleKeywords>();
/** The keyword prefilter of a rule set, one per rule set. */
function keywordIndex(rules: CompiledRule[]): RuleKeywords {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = new RuleKeywords(rules)));
  return index;
}

/** An NLP rule over a long text: window by window, and only windows with a capitalised word. */
async function detectWithNlp(rule: CompiledRule, text: string, segment: Segment): Promise<Match[]> {
  const out: Match[] = [];
  if (!MAY_HOLD_ENTITY.test(text)) return out;
  for (const w of cutWindows(text, NLP_WINDOWS.size, NLP_WINDOWS.overlap)) {
    if (!MAY_HOLD_ENTITY.test(w.text)) continue;
    const nlp = await ensureNlp();
    out.push(...ownedMatches(w, rule.detect(w.text, segment, nlp)));
  }
  return out;
}
