import type { ParsedSource } from '../model/types.js';
import { parseJson } from './json/parse.js';
import { parseMarkdown, preloadMarkdown } from './markdown/index.js';
import { parseRows, parseText } from './text.js';

export type Format = 'text' | 'markdown' | 'json' | 'rows';

/** What a folder walk or a glob lints; `--ext` and a config's `extensions:` add more. */
export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.json'];

/**
 * The parser of each extension that is not plain text: MDX is Markdown (its
 * JSX lines are read as text), a CSV or TSV file is one post per row. HTML
 * and every other added extension are read as plain text.
 */
const PARSERS: Record<string, Format> = { '.md': 'markdown', '.markdown': 'markdown', '.mdx': 'markdown', '.json': 'json', '.csv': 'rows', '.tsv': 'rows' };

/** The parser follows the file extension; anything else is read as plain text. */
export function formatOf(filePath: string): Format {
  const dot = filePath.lastIndexOf('.');
  return (dot >= 0 && PARSERS[filePath.slice(dot).toLowerCase()]) || 'text';
}

/** Loads what parsing `source` will need (Markdown's GFM extensions load on demand). */
export async function prepareSource(source: string, filePath: string, format: Format = formatOf(filePath)): Promise<void> {
  if (format === 'markdown') await preloadMarkdown(source);
}

export function parseSource(source: string, filePath: string, format: Format = formatOf(filePath)): ParsedSource {
  switch (format) {
    case 'markdown':
      return parseMarkdown(source);
    case 'json':
      return parseJson(source);
    case 'rows':
      return parseRows(source);
    default:
      return parseText(source);
  }
}

/** Segment offset -> source offset. */
export function sourceOffset(seg: { start: number; map?: number[] }, i: number): number {
  return seg.map ? seg.map[Math.min(i, seg.map.length - 1)] : seg.start + i;
}

/**
 * Source offset just past segment char `end - 1`. When that char came from an
 * escape (JSON `\u00e9`, Markdown `\*`), the escape is covered whole; markup
 * that merely follows it ("**") is not.
 */
export function sourceEnd(source: string, seg: { start: number; map?: number[] }, end: number): number {
  if (!seg.map) return seg.start + end;
  const last = sourceOffset(seg, end - 1);
  return source[last] === '\\' || source[last] === '&' ? Math.max(sourceOffset(seg, end), last + 1) : last + 1;
}

/** The decoded text of a segment between two source offsets (the inverse of sourceOffset/sourceEnd). */
export function segmentText(seg: { text: string; start: number; map?: number[] }, offset: number, endOffset: number): string {
  if (!seg.map) return seg.text.slice(offset - seg.start, endOffset - seg.start);
  let a = 0;
  while (a < seg.text.length && seg.map[a] < offset) a++;
  let b = a;
  while (b < seg.text.length && seg.map[b] < endOffset) b++;
  return seg.text.slice(a, b);
}
