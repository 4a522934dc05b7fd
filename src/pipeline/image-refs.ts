import path from 'node:path';
import { builtinRules } from '../config/packs.js';
import { isImagePath } from '../images/formats.js';
import type { CompiledRule } from '../model/rule.js';
import type { Segment } from '../model/types.js';

/** One image a post references: where the reference is (segment coordinates) and what it points at. */
export interface ImageRef {
  segment: number;
  start: number;
  end: number;
  /** 'local': a file to read at `file` (absolute); 'remote': a URL, never fetched; 'inline': a data: URI. */
  kind: 'local' | 'remote' | 'inline';
  file?: string;
}

let photoRule: CompiledRule | undefined;
/**
 * The built-in photo rule's reference finder (Markdown and HTML images, JSON
 * and front-matter image keys, image links in plain text), used whether or
 * not that rule is on: its finding is the post's, this is where to look.
 */
const references = () => (photoRule ??= builtinRules().find((r) => r.spec.id === 'identifiers/photo'));

/**
 * Images the post references, relative to the post's folder (a path from
 * `/` is read from the working folder, as a site root). Videos and other
 * files are left out; each image once per place it is referenced.
 */
export function findImageRefs(segments: Segment[], filePath: string, cwd: string): ImageRef[] {
  const finder = references();
  if (!finder) return [];
  const dir = path.dirname(path.resolve(cwd, filePath));
  const out: ImageRef[] = [];
  segments.forEach((seg, s) => {
    if (seg.image) return;
    for (const m of finder.detect(seg.text, seg)) {
      const ref = seg.text.slice(m.start, m.end).trim();
      if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(ref) || /^https?:/i.test(ref)) out.push({ segment: s, start: m.start, end: m.end, kind: 'remote' });
      else if (/^data:/i.test(ref)) out.push({ segment: s, start: m.start, end: m.end, kind: 'inline' });
      else {
        const local = decodePath(ref.replace(/[?#].*$/, ''));
        if (!isImagePath(local)) continue;
        const file = local.startsWith('/') ? path.join(cwd, local) : path.resolve(dir, local);
        out.push({ segment: s, start: m.start, end: m.end, kind: 'local', file });
      }
    }
  });
  return out;
}

function decodePath(ref: string): string {
  try {
    return decodeURI(ref);
  } catch {
    return ref;
  }
}
