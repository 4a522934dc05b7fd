import type { Hit } from './decide.js';
import type { CompiledRule } from '../detectors/types.js';
import { wordsRegex } from '../detectors/words.js';
import type { ComboRuleSpec } from '../packs/schema.js';
import { aboutPatient, type PostContext } from './post.js';

/** "41-year-old", "41 years old", "aged 41", "age 41". Age and sex alone never single anyone out. */
const AGE = /\b\d{1,3}[- ](?:years?|yrs?|months?|weeks?)[- ]old\b|\bage[sd]? \d{1,3}\b/i;

const QUESTION = /^\s*(?:what|how|which|when|why|should|is|are|can|could|does|do|would|will)\b|\?\s*$/i;
const isQuestion = (text: string) => QUESTION.test(text);

/**
 * Quasi-identifiers (DESIGN.md, point 4): in a sentence about a patient, a
 * detail that singles the person out — a first or superlative, a notable
 * event, a public role — or a specific age together with an occupation,
 * school or place. The finding sits on the detail.
 */
export function compileCombo(spec: ComboRuleSpec, rule: () => CompiledRule) {
  const details = Object.entries(spec.details).map(([name, patterns]) => ({
    name,
    re: new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'giu'),
  }));
  const withAge = spec.withAge.length ? wordsRegex(spec.withAge, 'gi') : undefined;
  return (ctx: PostContext, hits: Hit[]): Hit[] => {
    const out: Hit[] = [];
    for (const s of ctx.sentences) {
      if (!aboutPatient(s)) continue;
      const add = (start: number, end: number, note: string) =>
        out.push({ rule: rule(), segment: s.segment, start: s.start + start, end: s.start + end, note });
      for (const { name, re } of details) {
        for (const m of s.text.matchAll(re)) add(m.index!, m.index! + m[0].length, `${name} detail about a patient`);
      }
      const age = AGE.exec(s.text);
      if (!age) continue;
      // A general question ("How is asthma treated in a 50-year-old teacher?") describes no one in particular.
      if (!isQuestion(s.text)) {
        for (const m of withAge ? s.text.matchAll(withAge) : []) add(m.index!, m.index! + m[0].length, 'a specific age with an occupation or school');
      }
      const place = hits.find(
        (h) => h.segment === s.segment && h.start >= s.start && h.end <= s.end && h.rule.spec.category === 'location',
      );
      if (place) add(place.start - s.start, place.end - s.start, 'a specific age with a place');
    }
    return out;
  };
}
