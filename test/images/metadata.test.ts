import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/images/metadata.js';
import { IMAGES } from '../helpers/images.js';

const read = (name: string) => readMetadata(new Uint8Array(readFileSync(path.join(IMAGES, name))));

describe('readMetadata', () => {
  it('reads the GPS position and the free-text, people and date fields of EXIF, IPTC and XMP', async () => {
    const { gps, metadata } = await read('location-tagged.jpg');
    expect(gps?.latitude).toBeCloseTo(41.4993, 4);
    expect(gps?.longitude).toBeCloseTo(-81.6944, 4);
    expect(gps?.altitude).toBe(199);
    expect(metadata).toEqual(
      expect.arrayContaining([
        { field: 'Artist', text: 'Jane Doe' },
        { field: 'PersonInImage', text: 'Jane Doe' },
        { field: 'ImageDescription', text: 'Recovery day, room 412' },
        { field: 'XPComment', text: 'room 412' },
        { field: 'Keywords', text: 'discharge' },
        { field: 'DateTimeOriginal', text: 'March 14, 2026' },
      ]),
    );
    // Technical fields (resolution, versions) say nothing about anyone.
    expect(metadata.map((m) => m.field)).not.toContain('XResolution');
  });

  it('finds nothing in images without metadata, and nothing in bytes that are no image', async () => {
    expect(await read('plain.png')).toEqual({ metadata: [] });
    expect(await read('face.jpg')).toEqual({ metadata: [] });
    expect(await readMetadata(new TextEncoder().encode('not an image'))).toEqual({ metadata: [] });
  });
});
