import type { Finding } from '../model/types.js';
import type { Container } from './container.js';

/** One finding in its surroundings: what a rewrite reads to choose its words. */
export interface Site {
  source: string;
  container: Container;
  finding: Pick<Finding, 'category' | 'ruleId' | 'text' | 'decision' | 'offset' | 'endOffset'>;
}

/** A rewrite in plain text over a source range (escaping for the format comes later). */
export interface Rewrite {
  offset: number;
  endOffset: number;
  text: string;
}

/** Text of the container before and after a source range. */
export const before = (s: Site, at = s.finding.offset) => s.source.slice(s.container.offset, at);
export const after = (s: Site, at = s.finding.endOffset) => s.source.slice(at, s.container.endOffset);

/** A sentence ends at . ! ? (with closing quotes) before a space, or at a line break (`\n` inside a JSON string). */
const BOUNDARY = /[.!?]+["'’”)\]*_]*(?:\s+|\\n)|\r?\n|\\n/g;

/** Source offset where the sentence holding `at` starts (markup such as `**` at its start is left out). */
export function sentenceStart(s: Site, at = s.finding.offset): number {
  const text = before(s, at);
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) start = m.index + m[0].length;
  return s.container.offset + start;
}

/** Source offset just past the sentence holding `at` (its final punctuation included, the break after it not). */
export function sentenceEnd(s: Site, at = s.finding.endOffset): number {
  const text = after(s, at);
  const m = /[.!?]+["'’”)\]]*(?=\s|\\n|$)|\r?\n|\\n/.exec(text);
  if (!m) return s.container.endOffset;
  return at + m.index + (/^[.!?]/.test(m[0]) ? m[0].length : 0);
}

/** Whether the range starts its sentence (only markup or quotes before it), so the rewrite is capitalised. */
export const opensSentence = (s: Site, at = s.finding.offset) => /^[^\p{L}\p{N},;:]*$/u.test(s.source.slice(sentenceStart(s, at), at));

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The rewrite of exactly the finding's span. */
export const inPlace = (s: Site, text: string): Rewrite => ({ offset: s.finding.offset, endOffset: s.finding.endOffset, text });
