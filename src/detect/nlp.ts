import { importEsm } from '../lib/lazy-modules.js';
import type { Nlp } from '../model/rule.js';

/**
 * compromise costs 150-380 ms to import, so it loads on first need only: a
 * pre-commit run over one post without candidate names never pays for it.
 * The caller passes the loaded model to the rule (CompiledRule.detect's
 * `nlp`); nothing reads it back from this module.
 */
let loading: Promise<Nlp> | undefined;

export function ensureNlp(): Promise<Nlp> {
  return (loading ??= importEsm<{ default: Nlp }>('compromise').then((m) => m.default));
}
