import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isImagePath, regionOf, sniff } from '../../src/images/formats.js';
import { headerSize } from '../../src/images/decode.js';
import { IMAGES } from '../helpers/images.js';

describe('image formats', () => {
  it('knows image files by extension, whatever the case', () => {
    expect(['a.jpg', 'b.JPEG', 'c.png', 'd.webp', 'e.heic', 'f.tif'].every(isImagePath)).toBe(true);
    expect(['a.mp4', 'b.pdf', 'c.md', 'jpg'].some(isImagePath)).toBe(false);
  });

  it('tells JPEG and PNG by their first bytes and reads their size from the header', () => {
    const face = new Uint8Array(readFileSync(path.join(IMAGES, 'face.jpg')));
    const label = new Uint8Array(readFileSync(path.join(IMAGES, 'wristband-label.png')));
    expect([sniff(face), sniff(label), sniff(new Uint8Array([1, 2, 3]))]).toEqual(['jpeg', 'png', 'other']);
    expect(headerSize(face)).toEqual({ width: 256, height: 256 });
    expect(headerSize(label)).toEqual({ width: 480, height: 200 });
  });

  it('reads the size of a GIF and of a WebP (extended header) from their first bytes', () => {
    const gif = Uint8Array.from([...Buffer.from('GIF89a'), 0xe0, 0x01, 0xc8, 0x00]);
    expect(headerSize(gif)).toEqual({ width: 480, height: 200 });
    const webp = new Uint8Array(30);
    webp.set(Buffer.from('RIFF'), 0);
    webp.set(Buffer.from('WEBPVP8X'), 8);
    webp.set([0xdf, 0x01, 0x00, 0xc7, 0x00, 0x00], 24); // width - 1 = 479, height - 1 = 199, 24-bit little-endian
    expect(headerSize(webp)).toEqual({ width: 480, height: 200 });
  });

  it('names the region of an image a box sits in', () => {
    expect(regionOf({ x: 0, y: 0, width: 10, height: 10 }, 300, 300)).toBe('top left');
    expect(regionOf({ x: 140, y: 140, width: 20, height: 20 }, 300, 300)).toBe('middle');
    expect(regionOf({ x: 250, y: 280, width: 40, height: 10 }, 300, 300)).toBe('bottom right');
  });
});
