import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/write-file.js';
import type { SourceFix } from './fix-source.js';

const BOM = '\uFEFF';

/**
 * Writes a fixed file atomically (src/lib/write-file.ts). Only when the
 * file on disk is still the text that was linted, as UTF-8 (with or without
 * a byte-order mark): a file edited meanwhile, or one in UTF-16 or with
 * invalid bytes, would be changed beyond its fixed spans. Returns why it was
 * not written, or undefined.
 */
export function writeFix(fix: SourceFix, cwd: string): string | undefined {
  const file = path.resolve(cwd, fix.filePath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return `not fixed: cannot read it again (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM : '';
  if (!bytes.equals(Buffer.from(bom + fix.before, 'utf8'))) return 'not fixed: it changed since it was read, or it is not plain UTF-8';
  writeFileAtomic(file, bom + fix.after, cwd);
  return undefined;
}
