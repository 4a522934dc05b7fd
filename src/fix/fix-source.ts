import { formatOf } from '../formats/index.js';
import type { FileResult, Finding } from '../model/types.js';
import { applyEdits, planFixes, type Edit, type PlanOptions } from './plan.js';

/** A file's fixes: its text before and after, and the edits between them. */
export interface SourceFix {
  filePath: string;
  before: string;
  after: string;
  edits: Edit[];
  /** Why nothing was changed although there was something to fix (never quotes the post). */
  skipped?: string;
}

/** The shape of a JSON value: keys, array lengths and types, not the strings' contents. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

const parses = (text: string): unknown => {
  try {
    return shape(JSON.parse(text));
  } catch {
    return undefined;
  }
};

/**
 * Fixes one file's text. A JSON file must still parse to the same structure
 * (keys, arrays, types), or nothing is changed: fail closed, never write a
 * broken post.
 */
export function fixSource(source: string, filePath: string, findings: Finding[], options: PlanOptions = {}): SourceFix {
  const edits = planFixes(source, filePath, findings, options);
  const after = applyEdits(source, edits);
  if (edits.length && formatOf(filePath) === 'json') {
    const before = parses(source);
    if (before === undefined) return { filePath, before: source, after: source, edits: [], skipped: 'not fixed: it is not valid JSON' };
    if (JSON.stringify(parses(after)) !== JSON.stringify(before)) return { filePath, before: source, after: source, edits: [], skipped: 'not fixed: the fixes would change its JSON structure' };
  }
  return { filePath, before: source, after, edits };
}

/** The fixes of a linted file; undefined when it has nothing to fix or could not be read whole. */
export function fixResult(file: FileResult, options: PlanOptions = {}): SourceFix | undefined {
  if (file.source === undefined) return undefined;
  if (file.fatal?.length) {
    const fixable = planFixes(file.source, file.filePath, file.findings, options).length > 0;
    return fixable ? { filePath: file.filePath, before: file.source, after: file.source, edits: [], skipped: 'not fixed: it could not be read completely' } : undefined;
  }
  const fix = fixSource(file.source, file.filePath, file.findings, options);
  return fix.edits.length || fix.skipped ? fix : undefined;
}
