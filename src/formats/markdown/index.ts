import type { ParsedSource } from '../../model/types.js';
import { markdownOverBudget } from './budget.js';
import { loadGfm } from './parse.js';
import { treeSegments } from './tree.js';

let gfmLoaded = false;
/**
 * Every GFM construct starts with one of these: a table "|", a strikethrough
 * "~", a task "[ ]" or "[x]", a literal autolink "www.", "http://",
 * "https://" or an e-mail "@". A file without any of them parses the same
 * without GFM, and faster.
 */
const GFM_SYNTAX = /[|~@]|\[\^|\[[\sxX]\]|www\.|https?:\/\//i;

/**
 * Readies the GFM parser when `source` may use GFM. The linter awaits this
 * before parsing; a synchronous caller that skips it gets the file parsed
 * without GFM (tables and autolinks read as plain text, still scanned).
 */
export async function preloadMarkdown(source: string): Promise<void> {
  if (gfmLoaded || !GFM_SYNTAX.test(source)) return;
  loadGfm();
  gfmLoaded = true;
}

export const MARKDOWN_FALLBACK = 'markdown too costly to parse, scanned as plain text';

/**
 * Parses Markdown (with YAML front matter and GFM) into scannable segments:
 * one per block of readable text, plus URLs, image alts, HTML text, comments,
 * code and front-matter values, each mapped back to exact source offsets.
 * Never throws: on an internal failure the whole file is scanned as text,
 * and so is a file past the parsing budget (budget.ts), with a note.
 */
export function parseMarkdown(source: string): ParsedSource {
  const over = markdownOverBudget(source);
  if (over) {
    // Parsing would take minutes; the whole text is still scanned, as one plain-text segment.
    return { segments: source.trim() ? [{ text: source, kind: 'text', start: 0 }] : [], problems: [], notes: [`${MARKDOWN_FALLBACK} (${over})`] };
  }
  try {
    return treeSegments(source, gfmLoaded && GFM_SYNTAX.test(source));
  } catch (err) {
    // The parser's own message could quote the post; its error type is enough to report.
    const message = `markdown could not be parsed (${err instanceof Error ? err.name : 'error'}), scanned as plain text`;
    return {
      segments: source.length ? [{ text: source, kind: 'text', start: 0 }] : [],
      problems: [{ message, offset: 0 }],
    };
  }
}
