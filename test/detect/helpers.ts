import { compileRule } from '../../src/detect/index.js';
import type { CompiledRule } from '../../src/model/rule.js';
import { ensureNlp } from '../../src/detect/nlp.js';
import { ruleSchema } from '../../src/model/rule-spec.js';
import type { Segment } from '../../src/model/types.js';

/** Compiles a rule from the few keys a test cares about. */
export function rule(spec: Record<string, unknown>): CompiledRule {
  return compileRule(
    ruleSchema.parse({
      id: 'test/rule',
      category: 'name',
      severity: 'error',
      message: 'test',
      examples: { match: ['x'], noMatch: ['y'] },
      ...spec,
    }),
    'test.yaml',
    'native',
  );
}

/** The matched strings, loading the NLP model first when the rule asks for it. */
export async function found(r: CompiledRule, text: string, segment?: Partial<Segment>): Promise<string[]> {
  const nlp = r.needsNlp;
  const model = nlp === true || (typeof nlp === 'function' && nlp(text)) ? await ensureNlp() : undefined;
  const seg = segment ? ({ text, kind: 'text', start: 0, ...segment } as Segment) : undefined;
  return r.detect(text, seg, model).map((m) => text.slice(m.start, m.end));
}
