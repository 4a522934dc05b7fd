import { yaml } from '../lib/lazy-modules.js';
import { located } from '../lib/errors.js';
import { locate } from './locate.js';

/** Which list an example is in, as a pack writes it. */
export type ExampleKind = 'match' | 'noMatch';

/**
 * `file:line:col` of a rule's example in a pack's text (the rule found by
 * its id), for a message that points at the example that failed; the rule's
 * own position when the example cannot be found.
 */
export function exampleLocator(text: string, display: string): (ruleId: string, kind: ExampleKind, index: number, message: string) => string {
  const counter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const rules = doc.get('rules');
  const ids = yaml().isSeq(rules) ? rules.items.map((r) => (yaml().isMap(r) ? String(r.get('id')) : undefined)) : [];
  return (ruleId, kind, index, message) => {
    const i = ids.indexOf(ruleId);
    const { line, col } = locate(doc, counter, i < 0 ? [] : ['rules', i, 'examples', kind, index]);
    return located(display, line, col, message);
  };
}
