import type { FileSettings } from '../config/resolve.js';
import { ReadError, STREAM_THRESHOLD, type SourceInput } from '../read/read-source.js';
import { wholeFileProblem, type FileResult } from '../model/types.js';
import { lintSource } from './lint-source.js';
import { lintWindows } from './lint-windows.js';
import { isImagePath } from '../images/formats.js';
import type { ImageRun } from './lint-images.js';

export const BINARY_NOTE = 'binary file (a NUL byte in its first 8 KB), skipped';
export const LARGE_NOTE = `large input (over ${STREAM_THRESHOLD / 1024 / 1024} MB), scanned as plain text in overlapping windows`;

/**
 * One file. Binary files are skipped and large ones streamed, each with an
 * info note that never changes the exit code; a file that cannot be read is
 * a fatal problem for that file only (the run exits 2).
 */
export async function lintFile(file: string, open: () => Promise<SourceInput>, settings: FileSettings, images?: ImageRun): Promise<FileResult> {
  // An image named on the command line is looked inside as if a post showed it alone.
  if (images && isImagePath(file) && Object.values(images.settings).some(Boolean)) return lintSource('', file, settings.rules, settings, 'text', { ...images, self: true });
  try {
    const input = await open();
    if (input.kind === 'binary') return { filePath: file, findings: [], notes: [BINARY_NOTE] };
    // How the bytes were decoded, when they did not match their byte-order mark, comes first.
    const decoding = input.note ? [input.note] : [];
    if (input.kind === 'text') return withNotes(await lintString(input.text, file, settings, images), decoding);
    return { ...(await lintWindows(input.chunks, file, settings.rules)), notes: [...decoding, LARGE_NOTE] };
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    return { filePath: file, findings: [], fatal: [wholeFileProblem(err.message)] };
  }
}

const withNotes = (result: FileResult, notes: string[]): FileResult =>
  notes.length ? { ...result, notes: [...notes, ...(result.notes ?? [])] } : result;

/** Text already in memory (stdin, lintText): a large one is scanned in windows, as a large file is. */
export async function lintString(text: string, filePath: string, settings: FileSettings, images?: ImageRun): Promise<FileResult> {
  if (text.length <= STREAM_THRESHOLD) return lintSource(text, filePath, settings.rules, settings, undefined, images);
  return { ...(await lintWindows([text], filePath, settings.rules)), notes: [LARGE_NOTE] };
}
