/**
 * UTF-32 (LE or BE) with TextDecoder's interface, which has no UTF-32: each
 * four-byte unit is one code point. A unit above U+10FFFF or a surrogate is
 * one U+FFFD, as is a cut-off unit at the end (or an error when `fatal`).
 * With `{ stream: true }` a cut-off unit waits for the next chunk.
 */
export class Utf32Decoder {
  private rest = new Uint8Array(0);

  constructor(
    private readonly littleEndian: boolean,
    private readonly fatal = false,
  ) {}

  decode(input: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const bytes = this.rest.length ? concat(this.rest, input) : input;
    const whole = bytes.length - (bytes.length % 4);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const parts: string[] = [];
    for (let i = 0; i < whole; i += 4) parts.push(this.char(view.getUint32(i, this.littleEndian)));
    this.rest = bytes.slice(whole);
    if (!options.stream && this.rest.length) {
      this.rest = new Uint8Array(0);
      parts.push(this.char(-1));
    }
    return parts.join('');
  }

  private char(cp: number): string {
    if (cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) return String.fromCodePoint(cp);
    if (this.fatal) throw new TypeError('invalid UTF-32');
    return '\ufffd';
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
