import type { z } from 'zod';
import { closestWord } from '../lib/did-you-mean.js';

/**
 * A validation problem of a config or pack, in the words of the person who
 * wrote the file rather than zod's ("Invalid input: expected array,
 * received undefined"), with "did you mean" for a misspelt key or value.
 * Messages a schema wrote itself (a refine, a custom minimum) are kept.
 * Values are named by type only (an allow list or a pack may hold a name),
 * except a misspelt choice (a severity, a detector kind), which is quoted.
 */

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];
type Def = { type: string; [key: string]: unknown };

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** The schemas that may stand at `path` below `schema` (a union gives several; a discriminated one picks by the input). */
function schemasAt(schema: unknown, path: Path, input: unknown): unknown[] {
  const def = defOf(schema);
  if (!def) return [];
  switch (def.type) {
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'nonoptional': case 'readonly': case 'catch':
      return schemasAt(def.innerType, path, input);
    case 'pipe':
      return [...schemasAt(def.in, path, input), ...schemasAt(def.out, path, input)];
    case 'lazy':
      return schemasAt((def.getter as () => unknown)(), path, input);
    case 'union': {
      const options = def.options as unknown[];
      const key = def.discriminator as string | undefined;
      const wanted = key && isRecord(input) ? input[key] : undefined;
      const picked = options.filter((o) => ((defOf((defOf(o)?.shape as Record<string, unknown> | undefined)?.[key ?? '']) ?? {}) as { values?: unknown[] }).values?.includes(wanted));
      return (picked.length ? picked : options).flatMap((o) => schemasAt(o, path, input));
    }
  }
  if (!path.length) return [schema];
  const [head, ...rest] = path;
  const next = isRecord(input) || Array.isArray(input) ? (input as Record<PropertyKey, unknown>)[head] : undefined;
  if (def.type === 'object') {
    const child = (def.shape as Record<string, unknown>)[String(head)];
    return child ? schemasAt(child, rest, next) : [];
  }
  if (def.type === 'record') return schemasAt(def.valueType, rest, next);
  if (def.type === 'array') return schemasAt(def.element, rest, next);
  return [];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys an object at `path` may have. */
export function keysAt(schema: unknown, path: Path, input: unknown): string[] {
  return [...new Set(schemasAt(schema, path, input).flatMap((s) => (defOf(s)?.type === 'object' ? Object.keys(defOf(s)!.shape as object) : [])))];
}

const valueAt = (input: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], input);

/** A JSON/YAML type as a writer knows it. */
function typeName(type: string | undefined, value?: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  const words: Record<string, string> = { string: 'a text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a set of "key: value" lines', undefined: 'missing' };
  return words[type ?? ''] ?? type ?? 'something else';
}

/** zod's own wording, as opposed to a message the schema wrote. */
const ZOD_WORDING = /^(Invalid input|Invalid option|Invalid discriminator value|Too small|Too big|Invalid string|Invalid)\b/;

const didYouMean = (typed: unknown, words: readonly string[]) => {
  const near = typeof typed === 'string' ? closestWord(typed, words) : undefined;
  return near ? ` (did you mean "${near}"?)` : '';
};

/** One problem in plain words, without its location (the caller adds `file:line:col` and the key path). */
export function plainIssue(issue: Issue, schema: unknown, input: unknown): string {
  const at = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return ''; // one message per key: see unknownKey
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (at === undefined) return `missing: it must be one of ${options.join(', ')}`;
      return `${typeof at === 'string' ? `"${at}"` : typeName(typeof at, at)} is not one of ${options.join(', ')}${didYouMean(at, options)}`;
    }
    case 'invalid_union': {
      const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
      if (options.length && at === undefined) return `missing: it must be one of ${options.join(', ')}`;
      if (options.length) return `${typeof at === 'string' ? `"${at}"` : typeName(typeof at, at)} is not one of ${options.join(', ')}${didYouMean(at, options)}`;
      return ZOD_WORDING.test(issue.message) ? 'is not in any of the accepted forms' : issue.message;
    }
    case 'invalid_type': {
      const key = String(issue.path.at(-1) ?? '');
      if (at === undefined) return `missing: it must be ${typeName(issue.expected)}${misspeltAs(key, issue.path.slice(0, -1), input)}`;
      return `must be ${typeName(issue.expected)}, not ${typeName(typeof at, at)}`;
    }
    case 'too_small':
      if (!ZOD_WORDING.test(issue.message)) return issue.message;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `needs at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (!ZOD_WORDING.test(issue.message)) return issue.message;
      return issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return ZOD_WORDING.test(issue.message) ? `is not in the expected form${issue.pattern ? ` (${issue.pattern})` : ''}` : issue.message;
    default:
      return issue.message;
  }
}

/** For a missing key: an unknown key beside it that is a near spelling (`pattern` for `patterns`). */
function misspeltAs(key: string, parent: Path, input: unknown): string {
  const siblings = valueAt(input, parent);
  if (!isRecord(siblings)) return '';
  const near = Object.keys(siblings).find((k) => k !== key && closestWord(k, [key]) === key);
  return near ? ` (is "${near}" a misspelling of "${key}"?)` : '';
}

/** An unknown key, with the known key it most resembles. */
export function unknownKey(key: string, path: Path, schema: unknown, input: unknown): string {
  const known = keysAt(schema, path, input);
  return `unknown key "${key}"${didYouMean(key, known)}`;
}
