import { parseSource, prepareSource, segmentText, sourceEnd, sourceOffset } from '../formats/index.js';
import type { Finding } from '../model/types.js';

/** What the cache cannot keep of a finding without storing PHI: its decoded text and its JSON pointer (object keys may be names). */
export interface DerivedParts {
  text: string;
  pointer?: string;
}

/**
 * Whether some finding's text or pointer is more than a slice of the source:
 * a JSON escape (`\u00e9`) or a Markdown entity decoded, or a pointer, which
 * the cache keeps sealed (entry-extras.ts).
 */
export function needsDerivation(source: string, findings: readonly Finding[]): boolean {
  return findings.some((f) => f.pointer !== undefined || f.text !== source.slice(f.offset, f.endOffset));
}

/** Each finding's text and pointer read back from the parsed source (the segment that holds its start). */
export async function deriveParts(source: string, filePath: string, findings: readonly Pick<Finding, 'offset' | 'endOffset'>[]): Promise<DerivedParts[]> {
  await prepareSource(source, filePath);
  const { segments } = parseSource(source, filePath);
  return findings.map(({ offset, endOffset }) => {
    const seg = segments.find((s) => sourceOffset(s, 0) <= offset && offset < sourceEnd(source, s, s.text.length));
    if (!seg) return { text: source.slice(offset, endOffset) };
    return { text: segmentText(seg, offset, endOffset), ...(seg.pointer !== undefined ? { pointer: seg.pointer } : {}) };
  });
}

/**
 * True when parsing again gives back exactly each finding's text and pointer.
 * Only such a result is cached: one that is not (a finding read from an
 * image) may quote PHI in its message. A hit restores the texts and pointers
 * sealed (entry-extras.ts), without parsing.
 */
export async function derivable(source: string, filePath: string, findings: readonly Finding[]): Promise<boolean> {
  const parts = await deriveParts(source, filePath, findings);
  return parts.every((p, i) => p.text === findings[i].text && p.pointer === findings[i].pointer);
}
