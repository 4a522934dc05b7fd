import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pipeline's layers, lowest first: a module may import its own layer or
 * a lower one, never a higher one, so the folder tree reads as the pipeline.
 */
const LAYERS = [
  'lib', 'model', 'text', 'lexicons', 'formats', 'read', 'context', 'detect', 'decide',
  'packs', 'suppress', 'config', 'report', 'fix', 'pipeline', 'run', 'approvals', 'audit', 'api', 'cli',
];

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');
const layerOf = (file: string) => path.relative(SRC, file).split(path.sep)[0].replace(/\.ts$/, '');

/** Every relative import (static, dynamic, type-only and re-exports) of every source module. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const rel of readdirSync(SRC, { recursive: true }) as string[]) {
    if (!rel.endsWith('.ts')) continue;
    const file = path.join(SRC, rel);
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:\bfrom|\bimport\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
      path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** One import cycle as a list of files, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return stack.slice(stack.indexOf(f)).concat(f);
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      const cycle = visit(t);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of graph.keys()) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('architecture', () => {
  const graph = importGraph();

  it('puts every source module in a known layer', () => {
    const unknown = [...graph.keys()].map(layerOf).filter((l) => !LAYERS.includes(l));
    expect(unknown).toEqual([]);
  });

  it('never imports a higher layer', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const t of targets) {
        if (LAYERS.indexOf(layerOf(t)) > LAYERS.indexOf(layerOf(file))) {
          upward.push(`${path.relative(SRC, file)} -> ${path.relative(SRC, t)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    expect(findCycle(graph)?.map((f) => path.relative(SRC, f))).toBeUndefined();
  });

  it('resolves every import to a module (the graph is complete)', () => {
    const all = new Set(graph.keys());
    const missing = [...graph.values()].flat().filter((t) => !all.has(t));
    expect(missing).toEqual([]);
  });
});
