import type { ParsedSource } from '../model/types.js';

/** Plain text is one segment: the context model splits it into sentences. */
export function parseText(source: string): ParsedSource {
  return { segments: source.length ? [{ text: source, kind: 'text', start: 0 }] : [], problems: [] };
}
