/**
 * compromise costs 150-380 ms to import, so it loads on first need only: a
 * pre-commit run over one post without candidate names never pays for it.
 */
type Nlp = typeof import('compromise').default;

let nlp: Nlp | undefined;
let loading: Promise<Nlp> | undefined;

export async function ensureNlp(): Promise<Nlp> {
  loading ??= import('compromise').then((m) => (nlp = m.default));
  return loading;
}

export function getNlp(): Nlp {
  if (!nlp) throw new Error('internal: NLP model used before ensureNlp()');
  return nlp;
}

/** Whether the model is loaded (detectors that need it only sometimes ask first). */
export function nlpLoaded(): boolean {
  return nlp !== undefined;
}
