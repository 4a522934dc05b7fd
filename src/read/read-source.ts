import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { decode, decoderFor, looksBinary, settle, type Encoding } from '../text/decode.js';

/**
 * Opens a file for linting. Small files are read and decoded whole; larger
 * ones are streamed as decoded text chunks so memory stays bounded whatever
 * the file size; binary files are recognised and not read further.
 */
export type SourceInput =
  | { kind: 'text'; text: string; note?: string }
  | { kind: 'binary' }
  | { kind: 'stream'; bytes: number; chunks: AsyncIterable<string>; note?: string };

/** Files above this many bytes are streamed (and scanned as plain text in windows). */
export const STREAM_THRESHOLD = 4 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const SNIFF_BYTES = 8192;

/** A failure to read the file (as opposed to a bug while linting it). */
export class ReadError extends Error {
  constructor(readonly code: string) {
    super(`cannot read file (${code})`);
  }
}

const asReadError = (err: unknown) => new ReadError((err as NodeJS.ErrnoException).code ?? (err as Error).message);

export async function openSource(file: string, options: { threshold?: number; chunkBytes?: number } = {}): Promise<SourceInput> {
  const threshold = options.threshold ?? STREAM_THRESHOLD;
  // Small files (nearly all posts) are read synchronously: four thread-pool round trips per file
  // cost more than the read itself, and the lint that follows is CPU-bound anyway.
  const small = readSmall(file, threshold);
  if (small) return small;
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size <= threshold) return fromBytes(await handle.readFile());
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    // A large file's encoding is settled from its head; invalid sequences further on still read as U+FFFD.
    const { encoding, bomLength, note } = settle(head.subarray(0, bytesRead));
    if (encoding === 'utf-8' && looksBinary(head.subarray(bomLength, bytesRead))) return { kind: 'binary' };
    const chunks = readChunks(handle, encoding, bomLength, options.chunkBytes ?? CHUNK_BYTES);
    handle = undefined; // the stream owns it now
    return { kind: 'stream', bytes: size, chunks, ...(note ? { note } : {}) };
  } catch (err) {
    throw asReadError(err);
  } finally {
    await handle?.close();
  }
}

/** Posts are small: one read into this buffer takes most of them whole (no size check, no buffer per file). */
const SCRATCH = Buffer.allocUnsafe(64 * 1024);

/** A file of at most `threshold` bytes, read whole; undefined when it is larger (or grew while read). */
function readSmall(file: string, threshold: number): SourceInput | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // A read that leaves the buffer unfilled, then one that returns nothing, is the whole file.
    const n = readSync(fd, SCRATCH, 0, SCRATCH.length, null);
    if (n < SCRATCH.length && n <= threshold && readSync(fd, SCRATCH, n, 1, null) === 0) return fromBytes(SCRATCH.subarray(0, n));
    const size = fstatSync(fd).size;
    if (size > threshold) return undefined;
    // One byte more than the size, so a file that grew since fstat is noticed.
    const buf = Buffer.allocUnsafe(size + 1);
    let read = 0;
    for (let k; read < buf.length && (k = readSync(fd, buf, read, buf.length - read, read)) > 0; ) read += k;
    return read > size ? undefined : fromBytes(buf.subarray(0, read));
  } catch (err) {
    throw asReadError(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes in memory (a file just read, a staged blob) as a source input. */
export function fromBytes(bytes: Uint8Array): SourceInput {
  const decoded = decode(bytes);
  if (decoded.binary) return { kind: 'binary' };
  return decoded.note ? { kind: 'text', text: decoded.text, note: decoded.note } : { kind: 'text', text: decoded.text };
}

/**
 * Standard input, decoded exactly as a file is (BOM, validation, note); it
 * is linted as text even when it looks binary, since the user piped it on purpose.
 */
export function decodeStdin(bytes: Uint8Array): { text: string; notes: string[] } {
  const decoded = decode(bytes);
  return { text: decoded.text, notes: decoded.note ? [decoded.note] : [] };
}

/** Decoded text, chunk by chunk; a multi-byte character split between reads is kept whole. */
async function* readChunks(handle: FileHandle, encoding: Encoding, from: number, chunkBytes: number): AsyncGenerator<string> {
  try {
    const decoder = decoderFor(encoding);
    const buf = new Uint8Array(chunkBytes);
    for (let pos = from; ; ) {
      const { bytesRead } = await handle.read(buf, 0, chunkBytes, pos).catch((err) => Promise.reject(asReadError(err)));
      if (!bytesRead) break;
      pos += bytesRead;
      yield decoder.decode(buf.subarray(0, bytesRead), { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    await handle.close();
  }
}
