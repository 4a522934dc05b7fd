/**
 * Bytes -> text, by byte-order mark: UTF-8 (with or without one), UTF-16
 * LE/BE and UTF-32 LE/BE. The BOM is stripped so that column 1 is the first
 * visible character; invalid sequences become U+FFFD (one per bad sequence,
 * so positions stay stable). A BOM is checked, not trusted: UTF-16 that is
 * not valid UTF-16, or UTF-8 text behind stray FF FE bytes, is read as well
 * as it can be and carries a note saying so.
 */
import { Utf32Decoder } from './utf32.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  binary: boolean;
  /** How the bytes did not match what they announced (never quotes the text). */
  note?: string;
}

/** What a file's first bytes announce, and how many bytes to skip before the text. */
export interface Sniffed {
  encoding: Encoding;
  bomLength: number;
  note?: string;
}

const starts = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The encoding a file's BOM announces (UTF-32 before UTF-16: FF FE 00 00 is UTF-32LE's). */
export function sniff(bytes: Uint8Array): Sniffed {
  if (starts(bytes, [0xff, 0xfe, 0, 0])) return { encoding: 'utf-32le', bomLength: 4 };
  if (starts(bytes, [0, 0, 0xfe, 0xff])) return { encoding: 'utf-32be', bomLength: 4 };
  if (starts(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (starts(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: starts(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0 };
}

export const NOT_UTF16_NOTE = 'starts with a UTF-16 byte-order mark but holds UTF-8 text; read as UTF-8 after those two bytes';
export const INVALID_NOTE = (encoding: Encoding) => `not valid ${encoding.toUpperCase()}; each invalid sequence read as U+FFFD`;

/**
 * The encoding to read with, from the first bytes (a whole file or its
 * head): the BOM's, unless what follows a UTF-16 BOM is plainly UTF-8 text
 * (no NUL byte, which UTF-16 text of any Latin-script post is full of, and
 * valid UTF-8).
 */
export function settle(head: Uint8Array): Sniffed {
  const sniffed = sniff(head);
  if (!sniffed.encoding.startsWith('utf-16')) return sniffed;
  const body = head.subarray(sniffed.bomLength);
  return body.length && body.indexOf(0) < 0 && validUtf8(body) ? { encoding: 'utf-8', bomLength: 2, note: NOT_UTF16_NOTE } : sniffed;
}

/** A streaming-capable decoder for an encoding (TextDecoder has no UTF-32). */
export function decoderFor(encoding: Encoding, fatal = false): { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string } {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return new Utf32Decoder(encoding === 'utf-32le', fatal);
  return new TextDecoder(encoding, { fatal });
}

const shared = new Map<Encoding, TextDecoder>();
/** For whole inputs: a non-streaming TextDecoder keeps no state between calls, so one per encoding serves every file. */
const wholeDecoder = (encoding: Encoding) =>
  encoding.startsWith('utf-32') ? decoderFor(encoding) : (shared.get(encoding) ?? shared.set(encoding, new TextDecoder(encoding)).get(encoding)!);

export function decode(bytes: Uint8Array): Decoded {
  const { encoding, bomLength, note } = settle(bytes);
  const body = bytes.subarray(bomLength);
  // UTF-16 and UTF-32 are full of NUL bytes by nature; only UTF-8 is checked for binary content.
  const binary = encoding === 'utf-8' && looksBinary(body);
  const text = wholeDecoder(encoding).decode(body);
  const invalid = encoding !== 'utf-8' && !valid(encoding, body);
  const why = note ?? (invalid ? INVALID_NOTE(encoding) : undefined);
  return { text, encoding, binary, ...(why ? { note: why } : {}) };
}

function valid(encoding: Encoding, body: Uint8Array): boolean {
  try {
    decoderFor(encoding, true).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** Valid UTF-8 so far (a character cut off at the end of a head is not an error). */
function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A NUL byte in the first 8 KB is the cue git and grep use for binary files. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}

/** Text given directly (stdin, lintText) may still start with a BOM. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
