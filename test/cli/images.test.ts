import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { IMAGES } from '../helpers/images.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const temp = tempWorkspaces();

/** A post about a patient showing the location-tagged photo; only metadata is read (text and faces have their own tests). */
function folder(config = 'images: { text: false, faces: false }\n'): string {
  const cwd = temp({ 'post.md': 'Our patient went home after her hip replacement.\n\n![Going home](img/photo.jpg)\n', '.phi-lint.yaml': config });
  mkdirSync(path.join(cwd, 'img'));
  copyFileSync(path.join(IMAGES, 'location-tagged.jpg'), path.join(cwd, 'img', 'photo.jpg'));
  return cwd;
}

const findings = (stdout: string) => JSON.parse(stdout).files.flatMap((f: { findings: { ruleId: string; line: number; severity: string }[] }) => f.findings);
const imageRules = (stdout: string) => findings(stdout).filter((f: { ruleId: string }) => f.ruleId.startsWith('images/')).map((f: { ruleId: string }) => f.ruleId);

describe('phi-lint and images', () => {
  it('reports the GPS tag and the names in the metadata, and --no-images looks inside nothing', () => {
    const cwd = folder();
    const run = phiLint(['-f', 'json', 'post.md'], { cwd });
    expect(run.code).toBe(1);
    expect(imageRules(run.stdout)).toEqual(expect.arrayContaining(['images/location-tag', 'images/metadata']));
    expect(run.stdout).not.toMatch(/Jane|41\.49/);
    const off = phiLint(['-f', 'json', '--no-images', 'post.md'], { cwd });
    expect(imageRules(off.stdout)).toEqual([]);
  });

  it('--fix-images strips the metadata in place (a dry run only says so), then lints the post again', () => {
    const cwd = folder();
    const photo = path.join(cwd, 'img', 'photo.jpg');
    const before = readFileSync(photo);
    const dry = phiLint(['-f', 'json', '--fix-images', '--fix-dry-run', 'post.md'], { cwd });
    expect(dry.stderr).toContain('phi-lint: would strip the metadata of img/photo.jpg');
    expect(readFileSync(photo).equals(before)).toBe(true);
    const run = phiLint(['-f', 'json', '--fix-images', 'post.md'], { cwd });
    expect(run.stderr).toContain('phi-lint: stripped the metadata of img/photo.jpg');
    expect(readFileSync(photo).length).toBeLessThan(before.length);
    expect(imageRules(run.stdout)).toEqual([]);
    expect(phiLint(['--fix-images', '--stdin'], { cwd, input: 'x' }).code).toBe(2);
  });

  it('lints an image named on the command line on its own, at 1:1, its own words as its context', () => {
    const cwd = folder();
    const run = phiLint(['-f', 'json', 'img/photo.jpg'], { cwd });
    const found = findings(run.stdout);
    expect(found.map((f: { ruleId: string }) => f.ruleId)).toContain('images/location-tag');
    expect(found.every((f: { line: number; column: number }) => f.line === 1 && f.column === 1)).toBe(true);
    // Its IPTC keyword "discharge" makes the name beside it a patient's, as the words of a post would.
    const gps = found.find((f: { ruleId: string }) => f.ruleId === 'images/location-tag');
    expect([gps.severity, gps.decision]).toEqual(['error', 'patient-story']);
  });

  it('a damaged image named on the command line is one clear problem (exit 2); the other files are still linted', () => {
    const cwd = temp({ 'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('mrn 00482913')]), 'a.txt': 'MRN 00482913' });
    const run = phiLint(['logo.png', 'a.txt'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('logo.png');
    expect(run.stdout).toContain('the image could not be read (damaged, or not the image its name says), so what it shows was not checked');
    expect(run.stdout).toContain('identifiers/mrn');
    // Nothing the image decoders print reaches the user.
    expect(run.stderr).not.toMatch(/libpng|pixRead/);
  });

  it('--cache keeps each image analysis sealed (no text read from the image in the file) and gives the same findings again', () => {
    const cwd = folder();
    const first = phiLint(['-f', 'json', '--cache', 'post.md'], { cwd });
    const cache = readFileSync(path.join(cwd, '.phi-lint-cache'), 'utf8');
    expect(Object.keys(JSON.parse(cache).entries.images)).toHaveLength(1);
    // Hashes and sealed blobs are random-looking runs that may hold "412" or "Doe" by chance: read the rest as text,
    // and the sealed blobs as bytes.
    const readable = cache.replace(/[A-Za-z0-9+/=]{32,}/g, '');
    expect(readable).not.toMatch(/Jane|Doe|412|41\.49|discharge/);
    for (const sealed of Object.values(JSON.parse(cache).entries.images) as string[]) expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toMatch(/Jane Doe|discharge/);
    // The post is never answered from the per-file cache (its image can change): the image analysis is.
    expect(JSON.parse(cache).entries.files['post.md']).toBeUndefined();
    const second = phiLint(['-f', 'json', '--cache', 'post.md'], { cwd });
    expect(second.stdout).toBe(first.stdout);
    expect(existsSync(path.join(cwd, '.phi-lint-cache'))).toBe(true);
  });

  it('--cache answers a post from the cache only while the images it shows are unchanged', () => {
    const cwd = folder();
    const photo = path.join(cwd, 'img', 'photo.jpg');
    const original = readFileSync(photo);
    // The post first shows an image without metadata: cached, with the image's content hash (sealed, no path in the open).
    copyFileSync(path.join(IMAGES, 'plain.png'), photo);
    expect(imageRules(phiLint(['-f', 'json', '--cache', 'post.md'], { cwd }).stdout)).toEqual([]);
    const cache = readFileSync(path.join(cwd, '.phi-lint-cache'), 'utf8');
    expect(JSON.parse(cache).entries.files['post.md'].imageDeps).toEqual(expect.any(String));
    expect(cache).not.toContain('photo.jpg');
    // The same name now holds the location-tagged photo: the post is linted again.
    writeFileSync(photo, original);
    expect(imageRules(phiLint(['-f', 'json', '--cache', 'post.md'], { cwd }).stdout)).toContain('images/location-tag');
  });
});
