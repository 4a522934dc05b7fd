import { RANK } from '../model/findings.js';
import type { Finding, Severity } from '../model/types.js';
import { containersOf, type Containers } from './container.js';
import { encode, keepMarkup } from './encode.js';
import { rewriteFor } from './rewrite.js';
import type { Rewrite } from './site.js';

/** One change to a file: `text` is spelled for the file (escaped), `plain` as a reader sees it. */
export interface Edit extends Rewrite {
  plain: string;
  /** The findings this edit fixes (several when they overlap: one fix for all). */
  findings: Finding[];
}

/** A finding's rewrite, not yet grouped: plain text over its source range, and that text as the file spells it. */
export function fixOf(finding: Finding, source: string, containers: Containers): Edit | undefined {
  // What an image carries is fixed in the image (--fix-images strips metadata; text and faces need a person), never in the post's text.
  if (finding.image) return undefined;
  const container = containers.at(finding.offset, finding.endOffset);
  if (!container) return undefined;
  const rewrite = rewriteFor({ source, container, finding });
  if (!rewrite) return undefined;
  const removed = source.slice(rewrite.offset, rewrite.endOffset);
  const markdown = containers.format === 'markdown' && !container.wholeValue;
  const text = markdown ? keepMarkup(removed, rewrite.text) : encode(rewrite.text, container);
  if (text === removed) return undefined;
  return { ...rewrite, plain: rewrite.text, text, findings: [finding] };
}

export interface PlanOptions {
  /** The least severe finding that is fixed (default `error`). */
  severity?: Severity;
}

/**
 * The edits that fix a file's findings at or above `severity`. Findings are
 * what the run reports, so suppressed, consented and baselined ones are
 * never rewritten. Overlapping rewrites become one: the wider one when it
 * covers the other, else the first (the other finding stays for the next run).
 */
export function planFixes(source: string, filePath: string, findings: Finding[], options: PlanOptions = {}): Edit[] {
  const least = RANK[options.severity ?? 'error'];
  const containers = containersOf(source, filePath);
  const edits = findings
    .filter((f) => RANK[f.severity] >= least)
    .flatMap((f) => fixOf(f, source, containers) ?? [])
    .sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const kept: Edit[] = [];
  for (const edit of edits) {
    const last = kept.at(-1);
    // "Yesterday, March 14," -> "recently," not "recently, recently,": a rewrite repeating the one just before joins it.
    if (last && edit.plain && edit.plain.toLowerCase() === last.plain.toLowerCase() && /^[\s,]*$/.test(source.slice(last.endOffset, edit.offset))) {
      last.endOffset = edit.endOffset;
      last.findings.push(...edit.findings);
      continue;
    }
    if (!last || edit.offset >= last.endOffset) {
      kept.push(edit);
      continue;
    }
    if (edit.endOffset <= last.endOffset) last.findings.push(...edit.findings);
  }
  return kept;
}

/** The file's text with the edits made (they are sorted and do not overlap). */
export function applyEdits(source: string, edits: Pick<Edit, 'offset' | 'endOffset' | 'text'>[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += source.slice(at, e.offset) + e.text;
    at = e.endOffset;
  }
  return out + source.slice(at);
}
