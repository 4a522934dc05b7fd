/**
 * Bytes -> text. Strips the BOM (UTF-8, UTF-16 LE/BE) so that column 1 is the
 * first visible character; invalid UTF-8 becomes U+FFFD, keeping one
 * replacement per bad sequence so positions stay stable.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  binary: boolean;
}

/** The encoding a file's first bytes announce, and the length of its BOM (UTF-8 without one). */
export function sniff(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { encoding: 'utf-8', bomLength: utf8Bom ? 3 : 0 };
}

const decoders = new Map<Encoding, TextDecoder>();
/** A decoder per encoding: a non-streaming decode() keeps no state between calls. */
const decoderFor = (encoding: Encoding) => decoders.get(encoding) ?? decoders.set(encoding, new TextDecoder(encoding)).get(encoding)!;

export function decode(bytes: Uint8Array): Decoded {
  const { encoding, bomLength } = sniff(bytes);
  const body = bytes.subarray(bomLength);
  // A UTF-16 file is full of NUL bytes by nature; only UTF-8 is checked for binary content.
  return { text: decoderFor(encoding).decode(body), encoding, binary: encoding === 'utf-8' && looksBinary(body) };
}

/** A NUL byte in the first 8 KB is the cue git and grep use for binary files. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}

/** Text given directly (stdin, lintText) may still start with a BOM. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
