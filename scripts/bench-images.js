// Part of `npm run bench`: what looking inside images costs. Each analysis
// (metadata with exifr, text with tesseract.js, faces with face-api on WASM)
// on each committed test image (fixtures/images/), the first call apart (it
// loads the library and its model), then a post showing all four images linted
// by the CLI, cold and again from --cache (the analyses are cached by image
// content).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ms = (t) => `${t.toFixed(0)} ms`;

/** Per-image timings of each analysis, in this process (dist/ must be built). */
export async function benchAnalyses(root) {
  const { analyzeImage } = await import(path.join(root, 'dist', 'images', 'analyze.js'));
  const dir = path.join(root, 'fixtures', 'images');
  const images = readdirSync(dir).filter((f) => /\.(jpe?g|png)$/.test(f)).sort();
  for (const kind of ['metadata', 'text', 'faces']) {
    const only = { metadata: false, text: false, faces: false, [kind]: true };
    const times = [];
    for (const round of [0, 1]) {
      for (const name of images) {
        const timings = {};
        await analyzeImage(readFileSync(path.join(dir, name)), name, only, timings);
        times.push({ name, round, ms: timings[kind] ?? 0 });
      }
    }
    const first = times[0];
    const warm = times.filter((t) => t.round === 1);
    console.log(`images ${kind}: first call ${ms(first.ms)} (loads the library), then per image ${warm.map((t) => `${t.name} ${ms(t.ms)}`).join(', ')}`);
  }
}

/** A post showing the four test images, linted cold and from --cache, by the CLI as a user runs it. */
export function benchImagePost(root, dir, timed) {
  const posts = path.join(dir, 'image-post');
  mkdirSync(path.join(posts, 'img'), { recursive: true });
  const names = readdirSync(path.join(root, 'fixtures', 'images')).filter((f) => /\.(jpe?g|png)$/.test(f));
  for (const name of names) copyFileSync(path.join(root, 'fixtures', 'images', name), path.join(posts, 'img', name));
  writeFileSync(path.join(posts, 'post.md'), `Our patient went home today.\n\n${names.map((n) => `![photo](img/${n})`).join('\n\n')}\n`);
  const args = ['-f', 'json', '-o', path.join(dir, 'image-report.json'), '--cache', '--cache-location', path.join(dir, 'image-cache.json'), path.join(posts, 'post.md')];
  const cold = timed(args);
  const cached = timed(args);
  console.log(`a post showing ${names.length} images: ${cold.seconds.toFixed(2)} s cold, ${cached.seconds.toFixed(2)} s with the image analyses from --cache`);
}
