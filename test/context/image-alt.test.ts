import { describe, expect, it } from 'vitest';
import { altTextOf, showsNoOne } from '../../src/context/image-alt.js';
import type { Segment } from '../../src/model/types.js';

const seg = (text: string, kind: Segment['kind'], pointer?: string): Segment => ({ text, kind, start: 0, ...(pointer ? { pointer } : {}) });

describe('what an image\'s alt text shows', () => {
  it.each([
    'Empty MRI scanner room with soft blue lighting',
    'A blood pressure cuff on a kitchen table next to a notebook',
    'Chart showing three stages of frostbite on a finger',
    'The new 3T magnet being craned through the roof',
  ])('no one: %s', (alt) => expect(showsNoOne(alt)).toBe(true));

  it.each([
    'Black lab Luna with a shaved back leg and a pink bandage',
    'Tiny giving two thumbs up in the chair',
    'Our patient smiling in his ICU bed',
    'Hands holding a warm mug of tea',
    'A toddler in a blue cast on the playground',
    'Close-up of a healed scar on a knee',
    'Okafor family at the ribbon cutting',
    'Volunteer with the book cart',
    '',
  ])('someone, or not known: %s', (alt) => expect(showsNoOne(alt)).toBe(false));

  it('finds the alt text of a Markdown image, a JSON photo and a front-matter image shown again in the body', () => {
    const md = [seg('/blog/cuff.jpg', 'frontmatter'), seg('A cuff on a table', 'image-alt'), seg('/blog/cuff.jpg', 'image-url')];
    expect(altTextOf(md, 2, '/blog/cuff.jpg')).toBe('A cuff on a table');
    expect(altTextOf(md, 0, '/blog/cuff.jpg')).toBe('A cuff on a table');
    const json = [seg('scan-room.jpg', 'json-string', '/photos/0/file'), seg('Empty scan room', 'json-string', '/photos/0/alt')];
    expect(altTextOf(json, 0, 'scan-room.jpg')).toBe('Empty scan room');
    expect(altTextOf([seg('/img/a.jpg', 'image-url')], 0, '/img/a.jpg')).toBeUndefined();
  });
});
