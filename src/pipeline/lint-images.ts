import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageAnalysis, ImageDep, ImageSettings } from '../model/image.js';
import type { Segment } from '../model/types.js';
import { sourceEnd, sourceOffset } from '../formats/index.js';
import { contentHash, imageKeys, seal, unseal } from '../images/seal.js';
import { findImageRefs } from './image-refs.js';
import { imageSegments } from './image-segments.js';

/** How a run looks inside images (config `images:`, `--no-images`, `--cache`). */
export interface ImageRun {
  settings: ImageSettings;
  cwd: string;
  /** Sealed analyses by key, from the `--cache` file (read only). */
  cached?: Readonly<Record<string, string>>;
  /** Analyses made in this run, sealed, for the cache file. */
  stored?: Record<string, string>;
  /** Reads an image instead of analysing the file (the rule examples); undefined: not found. */
  analyze?: (file: string) => Promise<ImageAnalysis | undefined>;
  /** The file being linted is itself an image (named on the command line). */
  self?: boolean;
}

export interface ImagesRead {
  /** Segments read inside the images, to append to the post's. */
  segments: Segment[];
  /** Info notes: remote images not fetched, images not found, analyses skipped. */
  notes: string[];
  /** An image named on the command line that could not be read: the file was not scanned completely (exit 2). */
  problems: string[];
  /** The local images the post references and their content hashes: its result depends on them too. */
  deps: ImageDep[];
}

const wanted = (s: ImageSettings) => s.metadata || s.text || s.faces;
/** One analysis per image content and settings in a process, however many posts reference it. */
const memo = new Map<string, Promise<ImageAnalysis>>();

/**
 * The images a file's posts reference, looked inside. The analysis modules
 * (and exifr, tesseract.js, face-api) are imported here on first need only,
 * so a run over text-only posts never loads them.
 */
export async function readImages(source: string, segments: Segment[], filePath: string, run: ImageRun, lineOf: (offset: number) => number): Promise<ImagesRead> {
  const read: ImagesRead = { segments: [], notes: [], problems: [], deps: [] };
  if (!wanted(run.settings)) return read;
  const refs = run.self
    ? [{ segment: segments.length, start: 0, end: 0, kind: 'local' as const, file: path.resolve(run.cwd, filePath) }]
    : findImageRefs(segments, filePath, run.cwd);
  const all = run.self ? [...segments, { text: '', kind: 'image-url' as const, start: 0 }] : segments;
  for (const ref of refs) {
    const seg = all[ref.segment];
    const offset = sourceOffset(seg, ref.start);
    const line = `line ${lineOf(offset)}`;
    if (ref.kind === 'remote') read.notes.push(`${line}: a remote image is not fetched (phi-lint never uses the network): check what it shows by hand`);
    if (ref.kind === 'inline') read.notes.push(`${line}: an inline (data:) image is not looked inside`);
    if (ref.kind !== 'local') continue;
    const { analysis, hash } = await analyse(ref.file!, run);
    read.deps.push({ file: ref.file!, hash });
    if (!analysis) {
      read.notes.push(`${line}: the referenced image was not found, so nothing inside it was checked`);
      continue;
    }
    if (run.self && analysis.damaged) read.problems.push('the image could not be read (damaged, or not the image its name says), so what it shows was not checked');
    else for (const why of analysis.skipped) read.notes.push(`${line}: image ${why}`);
    const display = path.relative(run.cwd, ref.file!) || ref.file!;
    read.segments.push(...imageSegments(analysis, seg, ref.segment, { offset, end: ref.end > ref.start ? sourceEnd(source, seg, ref.end) : offset }, display));
  }
  if (run.self) read.segments.unshift({ text: '', kind: 'image-url', start: 0 });
  return read;
}

async function analyse(file: string, run: ImageRun): Promise<{ analysis?: ImageAnalysis; hash: string | null }> {
  if (run.analyze) {
    const analysis = await run.analyze(file);
    return { analysis, hash: analysis ? 'given' : null };
  }
  // Most referenced images of drafts do not exist yet: a stat says so without the failed async read,
  // which cost about 40 MB of peak RSS over the bench corpus's 3,333 missing images.
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return { hash: null };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { hash: null };
  }
  const hash = contentHash(bytes);
  const { metadata, text, faces } = run.settings;
  const variant = `${+metadata}${+text}${+faces}`;
  const { key, secret } = imageKeys(bytes, variant);
  const sealed = run.cached?.[key] ?? run.stored?.[key];
  const hit = sealed === undefined ? undefined : unseal(sealed, secret);
  if (hit) return { analysis: hit, hash };
  let pending = memo.get(key);
  if (!pending) {
    pending = import('../images/analyze.js').then((m) => m.analyzeImage(bytes, file, run.settings));
    memo.set(key, pending);
  }
  const analysis = await pending;
  if (run.stored) run.stored[key] = seal(analysis, secret);
  return { analysis, hash };
}
