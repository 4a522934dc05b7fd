import type { EntityRuleSpec } from '../../model/rule-spec.js';
import type { Match, Segment } from '../../model/types.js';
import type { Nlp } from '../../model/rule.js';
import type { RegexEngine } from '../../text/regex.js';
import { makeFilter } from '../../text/words.js';

interface TermJson {
  offset: { start: number; length: number };
}

const SELECTORS: Record<EntityRuleSpec['entity'], (doc: ReturnType<Nlp>) => { json(o: object): unknown }> = {
  person: (doc) => doc.people(),
  place: (doc) => doc.places(),
  date: (doc) => doc.match('#Date+'),
};

/**
 * compromise people/places/dates. Spans are taken from the first and last
 * term offsets because a match's own span includes trailing punctuation
 * ("Lindqvist," would mask the comma).
 */
export function compileEntity(spec: EntityRuleSpec, engine: RegexEngine): (text: string, segment?: Segment, nlp?: Nlp) => Match[] {
  const select = SELECTORS[spec.entity];
  const accept = makeFilter(spec, engine);
  return (text, _segment, nlp) => {
    if (!nlp) throw new Error('internal: an entity rule ran without the NLP model (its needsNlp is true)');
    const found = select(nlp(text)).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
    const out: Match[] = [];
    for (const { terms } of found) {
      if (!terms.length) continue;
      const last = terms[terms.length - 1].offset;
      const m = { start: terms[0].offset.start, end: last.start + last.length };
      if (m.end > m.start && accept(text, m)) out.push(m);
    }
    return out;
  };
}
