import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripMetadata } from '../images/strip.js';
import { UsageError } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/write-file.js';
import { RANK } from '../model/findings.js';
import type { LintReport, Severity } from '../model/types.js';

/** Findings the fix for is to strip the image's metadata (the other image findings need a person: crop, blur, consent). */
const STRIPPED_BY = new Set(['images/location-tag', 'images/metadata']);

export interface ImageFixRun {
  /** Images whose metadata was stripped (or, in a dry run, would be), as reports show paths. */
  images: string[];
  /** The posts that reference them: lint these again. */
  posts: string[];
  /** One line per image left as it was, naming it and why. */
  notes: string[];
}

/**
 * `--fix-images`: strips the metadata of every image whose metadata is the
 * problem (a GPS tag, a name in a field) at or above `severity`, writing
 * each file atomically; pixels are untouched (images/strip.ts). A dry run
 * only lists them.
 */
export function fixImages(report: LintReport, options: { cwd: string; severity?: Severity; write: boolean }): ImageFixRun {
  const least = RANK[options.severity ?? 'error'];
  const byImage = new Map<string, Set<string>>();
  for (const file of report.files) {
    for (const f of file.findings) {
      if (!f.image || !STRIPPED_BY.has(f.ruleId) || RANK[f.severity] < least) continue;
      if (!byImage.has(f.image)) byImage.set(f.image, new Set());
      byImage.get(f.image)!.add(file.filePath);
    }
  }
  const run: ImageFixRun = { images: [], posts: [], notes: [] };
  for (const [image, posts] of byImage) {
    const why = options.write ? strip(image, options.cwd) : undefined;
    if (why) {
      run.notes.push(`${image}: ${why}`);
      continue;
    }
    run.images.push(image);
    for (const p of posts) if (!run.posts.includes(p)) run.posts.push(p);
  }
  return run;
}

/** Strips one image in place; the reason when it could not. */
function strip(image: string, cwd: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path.resolve(cwd, image));
  } catch (err) {
    return `cannot read the image (${(err as NodeJS.ErrnoException).code ?? 'error'}), its metadata was not stripped`;
  }
  const stripped = stripMetadata(bytes);
  if (!stripped) return 'phi-lint strips metadata from JPEG and PNG files only: remove it with an image editor (or exiftool -all= FILE)';
  try {
    writeFileAtomic(image, stripped, cwd);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  return undefined;
}
