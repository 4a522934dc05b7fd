/**
 * Bytes -> text. Strips the BOM (UTF-8, UTF-16 LE/BE) so that column 1 is the
 * first visible character; invalid UTF-8 becomes U+FFFD, keeping one
 * replacement per bad sequence so positions stay stable.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  binary: boolean;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', binary: looksBinary(body) };
}

/** A NUL byte in the first 8 KB is the cue git and grep use for binary files. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Text given directly (stdin, lintText) may still start with a BOM. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
