import { expect, it } from 'vitest';
import { found, rule } from '../helpers.js';

const media = rule({ detector: 'media', category: 'photo', keys: ['image', 'photo', 'media'], extensions: ['jpg', 'png', 'mp4'] });

it('reports the whole URL of a Markdown or HTML image segment', async () => {
  expect(await found(media, ' img/edith-94.jpg ', { kind: 'image-url' })).toEqual(['img/edith-94.jpg']);
  expect(await found(media, 'Edith blowing out candles', { kind: 'image-alt' })).toEqual([]);
});

it('reports JSON and front-matter values under image keys, not their alt text', async () => {
  expect(await found(media, 'img/bed6.jpg', { kind: 'json-string', pointer: '/image/src', key: 'src' })).toEqual(['img/bed6.jpg']);
  expect(await found(media, 'https://example.org/p/1', { kind: 'json-string', pointer: '/media/0/url', key: 'url' })).toEqual(['https://example.org/p/1']);
  expect(await found(media, 'Patient in bed 6', { kind: 'json-string', pointer: '/image/alt', key: 'alt' })).toEqual([]);
  expect(await found(media, 'image', { kind: 'json-string', pointer: '/media/0/type', key: 'type' })).toEqual([]);
  expect(await found(media, 'img/hero.png', { kind: 'frontmatter', key: 'image' })).toEqual(['img/hero.png']);
  expect(await found(media, 'Our photo day', { kind: 'json-string', pointer: '/body', key: 'body' })).toEqual([]);
});

it('searches plain text for Markdown images, <img> tags, image fields and image links', async () => {
  const text = 'See ![Edith](img/a.jpg) and <img alt="x" src="img/b.png"> and "photo": "c.jpg" and https://example.org/v/d.mp4 but not e.pdf';
  expect(await found(media, text)).toEqual(['img/a.jpg', 'img/b.png', 'c.jpg', 'https://example.org/v/d.mp4']);
});
