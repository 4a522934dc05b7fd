import { readFileSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { stripMetadata } from '../../src/images/strip.js';
import { readMetadata } from '../../src/images/metadata.js';
import { IMAGES } from '../helpers/images.js';

const read = (name: string) => new Uint8Array(readFileSync(path.join(IMAGES, name)));

describe('stripMetadata', () => {
  it('takes the GPS tag and every text field out of a JPEG and keeps its pixels', async () => {
    const before = read('location-tagged.jpg');
    expect((await readMetadata(before)).gps).toBeDefined();
    const after = stripMetadata(before)!;
    expect(after.length).toBeLessThan(before.length);
    expect(await readMetadata(after)).toEqual({ metadata: [] });
    const pixels = (b: Uint8Array) => jpeg.decode(b, { useTArray: true }).data;
    expect(Buffer.from(pixels(after)).equals(Buffer.from(pixels(before)))).toBe(true);
  });

  it('takes text chunks out of a PNG and keeps its pixels', () => {
    const png = PNG.sync.read(Buffer.from(read('plain.png')));
    // A PNG with a tEXt chunk holding a name, written by pngjs then given the chunk by hand.
    const base = PNG.sync.write(png);
    const chunk = textChunk('Author', 'Jane Doe');
    const tagged = Buffer.concat([base.subarray(0, 33), chunk, base.subarray(33)]);
    expect(tagged.includes('Jane Doe')).toBe(true);
    const stripped = Buffer.from(stripMetadata(tagged)!);
    expect(stripped.includes('Jane Doe')).toBe(false);
    expect(PNG.sync.read(stripped).data.equals(png.data)).toBe(true);
  });

  it('leaves a file without metadata as it is, and declines formats it cannot rewrite', () => {
    const plain = read('plain.png');
    expect(Buffer.from(stripMetadata(plain)!).equals(Buffer.from(plain))).toBe(true);
    expect(stripMetadata(new TextEncoder().encode('GIF89a...'))).toBeUndefined();
    expect(stripMetadata(Uint8Array.from([0xff, 0xd8, 0x00, 0x01]))).toBeUndefined();
  });
});

/** A PNG tEXt chunk (length, type, data, CRC-32 of type and data). */
function textChunk(keyword: string, text: string): Buffer {
  const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
  const type = Buffer.from('tEXt', 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([length, type, data, crc]);
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
