import type { Hit } from '../context/decide.js';
import { ensureNlp } from '../detectors/nlp.js';
import type { CompiledRule } from '../detectors/types.js';
import type { Segment } from '../types.js';

/** NLP only pays off where a capitalised word could be a name or a place. */
const MAY_HOLD_ENTITY = /\p{Lu}\p{Ll}/u;

/** Runs every rule over every segment; keyword prefilters first, as gitleaks does. */
export async function detect(segments: Segment[], rules: CompiledRule[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  const keywords = rules.map((r) => r.spec.keywords?.map((k) => k.toLowerCase()));
  for (let s = 0; s < segments.length; s++) {
    const text = segments[s].text;
    const lower = text.toLowerCase();
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      const words = keywords[r];
      if (words && !words.some((k) => lower.includes(k))) continue;
      const nlp = rule.needsNlp;
      if (nlp === true) {
        if (!MAY_HOLD_ENTITY.test(text)) continue;
        await ensureNlp();
      } else if (nlp && nlp(text)) await ensureNlp();
      for (const m of rule.detect(text, segments[s])) hits.push({ rule, segment: s, start: m.start, end: m.end });
    }
  }
  return hits;
}
