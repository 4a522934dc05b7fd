import type { Finding, Problem } from '../../model/types.js';

/** A problem as text reports show it: "LINE:COL: message" (0:0 when the file could not be read at all). */
export const problemText = (p: Problem) => `${p.line}:${p.column}: ${p.message}`;

/** The message (which already says why it got its severity) and the (masked) matched text. */
export function describe(f: Finding): string {
  return f.message + (f.text ? ` "${f.text}"` : '');
}

/** XML 1.0 cannot carry most control characters or lone surrogates, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
