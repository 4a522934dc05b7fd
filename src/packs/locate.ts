import type { Document, LineCounter } from 'yaml';
import { yaml } from '../lib/lazy-modules.js';

type Path = readonly PropertyKey[];

/**
 * Finds the line:col of a path in a parsed YAML document; for an unknown key
 * it points at the key itself. Falls back to the nearest existing parent so a
 * message always has a position.
 */
export function locate(doc: Document, counter: LineCounter, path: Path, key?: string): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) continue;
    if (key !== undefined && depth === path.length && yaml().isMap(node)) {
      const pair = node.items.find((p) => yaml().isScalar(p.key) && p.key.value === key);
      const keyRange = pair && yaml().isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) return counter.linePos(keyRange[0]);
    }
    return counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}
