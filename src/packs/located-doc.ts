import { readFileSync } from 'node:fs';
import { yaml } from '../lib/lazy-modules.js';
import type { z } from 'zod';
import { LocatedError, located } from '../lib/errors.js';
import { report } from './load.js';
import { locate } from './locate.js';
import { yamlData } from './yaml-data.js';

export type Path = readonly PropertyKey[];

/**
 * A YAML or JSON document (JSON is read as YAML, so both get positions) whose
 * problems are collected as `file:line:col: message`. `base` is where the
 * settings live inside the file: `['phi-lint']` in package.json.
 */
export class LocatedDoc {
  readonly problems: string[] = [];
  private readonly doc;
  private readonly counter = new (yaml().LineCounter)();

  /**
   * `quoteKeys: false` for files whose keys may be PHI (a consent registry,
   * where a person's name typed as a key must not reach a CI log): an
   * unknown key is then named by its position only.
   */
  constructor(text: string, readonly file: string, private readonly base: Path = [], private readonly quoteKeys = true) {
    this.doc = yaml().parseDocument(text, { lineCounter: this.counter, uniqueKeys: true, prettyErrors: false });
    for (const e of this.doc.errors) {
      const { line, col } = this.counter.linePos(e.pos[0]);
      this.problems.push(located(file, line, col, `invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`));
    }
  }

  /** The settings as plain data (undefined when the document did not parse, or its aliases did not resolve). */
  data(): unknown {
    if (this.problems.length) return undefined;
    const built = yamlData(this.doc, this.counter);
    if (!built.ok) {
      this.problems.push(located(this.file, built.line, built.col, built.message));
      return undefined;
    }
    return this.base.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], built.value);
  }

  /** `file:line:col` of a path below the base; for an unknown key, of the key itself. */
  where(path: Path, key?: string): string {
    const { line, col } = locate(this.doc, this.counter, [...this.base, ...path], key);
    return `${this.file}:${line}:${col}`;
  }

  problem(path: Path, message: string, key?: string): void {
    this.problems.push(`${this.where(path, key)}: ${message}`);
  }

  /** Validates the data (`empty` stands in for an empty file); zod issues become located problems. */
  parse<T>(schema: z.ZodType<T>, empty: unknown = {}): T | undefined {
    const data = this.data();
    if (this.problems.length) return undefined;
    const result = schema.safeParse(data ?? empty);
    if (result.success) return result.data;
    const input = data ?? empty;
    report(result.error.issues, [], (p, m, k) => this.problem(p, this.quoteKeys || k === undefined ? m : 'unknown key (not quoted: it may be a name)', k), { schema, input });
    return undefined;
  }
}

/** A settings file's text, or a LocatedError naming it (`what`: "config file", "consent registry"). */
export function readSettingsFile(file: string, display: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new LocatedError([`${display}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
}
