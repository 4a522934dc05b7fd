import type { Document, LineCounter } from 'yaml';
import { yaml } from '../lib/lazy-modules.js';

/** Aliases a settings file may expand: plenty for shared lists, far too few for a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 100;

export type YamlData = { ok: true; value: unknown } | { ok: false; line: number; col: number; message: string };

/**
 * A parsed document as plain data. The `yaml` package throws while building
 * it for an alias bomb (exponential expansion) or an alias used before its
 * anchor; both become a located problem here instead of an internal error.
 * Messages never quote the anchor or the text: a registry's keys can be names.
 */
export function yamlData(doc: Document, counter: LineCounter): YamlData {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(err.message)?.[1];
    const at = firstAlias(doc, (name) => unresolved === undefined || name === unresolved);
    const { line, col } = at === undefined ? { line: 1, col: 1 } : counter.linePos(at);
    const message =
      unresolved !== undefined
        ? 'invalid YAML: an alias (*name) used before its anchor (&name) is defined'
        : `invalid YAML: aliases expand to too much data (more than ${MAX_ALIAS_COUNT} expansions; an alias bomb?)`;
    return { ok: false, line, col, message };
  }
}

/** The source offset of the first alias node whose anchor name passes `pick`. */
function firstAlias(doc: Document, pick: (name: string) => boolean): number | undefined {
  let offset: number | undefined;
  yaml().visit(doc, {
    Alias(_key, node) {
      if (!pick(node.source) || !node.range) return undefined;
      offset = node.range[0];
      return yaml().visit.BREAK;
    },
  });
  return offset;
}
