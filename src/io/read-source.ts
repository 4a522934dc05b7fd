import { open, type FileHandle } from 'node:fs/promises';
import { decode, looksBinary, sniff, type Encoding } from '../text/decode.js';

/**
 * Opens a file for linting. Small files are read and decoded whole; larger
 * ones are streamed as decoded text chunks so memory stays bounded whatever
 * the file size; binary files are recognised and not read further.
 */
export type SourceInput =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'stream'; bytes: number; chunks: AsyncIterable<string> };

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
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size <= (options.threshold ?? STREAM_THRESHOLD)) {
      const decoded = decode(await handle.readFile());
      return decoded.binary ? { kind: 'binary' } : { kind: 'text', text: decoded.text };
    }
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    const { encoding, bomLength } = sniff(head.subarray(0, bytesRead));
    if (encoding === 'utf-8' && looksBinary(head.subarray(bomLength, bytesRead))) return { kind: 'binary' };
    const chunks = readChunks(handle, encoding, bomLength, options.chunkBytes ?? CHUNK_BYTES);
    handle = undefined; // the stream owns it now
    return { kind: 'stream', bytes: size, chunks };
  } catch (err) {
    throw asReadError(err);
  } finally {
    await handle?.close();
  }
}

/** Decoded text, chunk by chunk; a multi-byte character split between reads is kept whole. */
async function* readChunks(handle: FileHandle, encoding: Encoding, from: number, chunkBytes: number): AsyncGenerator<string> {
  try {
    const decoder = new TextDecoder(encoding);
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
