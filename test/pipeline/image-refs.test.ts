import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/formats/index.js';
import { findImageRefs } from '../../src/pipeline/image-refs.js';

const refs = (source: string, file: string) => {
  const { segments } = parseSource(source, file);
  return findImageRefs(segments, file, '/site').map((r) => ({ kind: r.kind, file: r.file, ref: segments[r.segment].text.slice(r.start, r.end) }));
};

describe('findImageRefs', () => {
  it('finds Markdown and HTML images and front-matter image keys, relative to the post', () => {
    const md = ['---', 'image: img/cover.png', '---', '![Alt](photos/a%20b.jpg "title")', '<img src="../shared/b.webp" alt="x">', '[a link](doc.pdf) ![clip](v.mp4)'].join('\n');
    expect(refs(md, 'posts/story.md')).toEqual([
      { kind: 'local', file: path.join('/site/posts/img/cover.png'), ref: 'img/cover.png' },
      { kind: 'local', file: path.join('/site/posts/photos/a b.jpg'), ref: 'photos/a%20b.jpg' },
      { kind: 'local', file: path.join('/site/shared/b.webp'), ref: '../shared/b.webp' },
    ]);
  });

  it('finds JSON image, photo and media keys, and image paths in plain text', () => {
    const json = JSON.stringify({ posts: [{ text: 'Hi', photo: 'img/p.JPG', media: [{ url: '/uploads/m.png', alt: 'A ward' }] }] });
    expect(refs(json, 'calendar.json').map((r) => r.file)).toEqual([path.join('/site/img/p.JPG'), path.join('/site/uploads/m.png')]);
    expect(refs('See photo: img/x.heic today.', 'draft.txt').map((r) => r.file)).toEqual([path.join('/site/img/x.heic')]);
  });

  it('marks remote and inline images, which are never fetched or read', () => {
    expect(refs('![a](https://example.org/x.jpg) ![b](//cdn.example.org/y.png) ![c](data:image/png;base64,AAAA)', 'p.md').map((r) => r.kind)).toEqual(['remote', 'remote', 'inline']);
  });
});
