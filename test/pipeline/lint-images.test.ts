import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolve.js';
import { lintSource } from '../../src/pipeline/lint-source.js';
import { maskResults } from '../../src/report/mask.js';
import { NO_IMAGE_ANALYSES, type ImageAnalysis } from '../../src/model/image.js';
import { emptyAnalysis, imageRunWith } from '../helpers/images.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const temp = tempWorkspaces();

/** Lints `source` as `file` in a folder with these config files, every image read as `analysis` (or by name). */
async function lint(source: string, analysis: ImageAnalysis | Record<string, ImageAnalysis>, files: Record<string, string> = {}, file = 'post.md') {
  const cwd = temp({ [file]: source, ...files });
  const settings = new ConfigResolver({ cwd, today: '2026-06-01' }).settingsFor(file);
  return lintSource(source, file, settings.rules, settings, undefined, { ...imageRunWith(analysis, settings.images), cwd });
}

const carrying = (): ImageAnalysis => ({
  ...emptyAnalysis(),
  metadata: [{ field: 'Artist', text: 'Jane Doe' }],
  gps: { latitude: 41.4993, longitude: -81.6944 },
  text: [{ text: 'MRN 00482913', where: 'top left' }],
  faces: [{ where: 'middle', width: 80, height: 90, score: 0.98 }],
});

const PATIENT_POST = 'Our patient was discharged after her hip replacement.\n\n![Going home](img/discharge.jpg)\n';
const EVENT_POST = 'Free blood-pressure checks at our Westside fair on Saturday.\n\n![The fair](img/fair.jpg)\n';

describe('what a post\'s images carry', () => {
  it('is reported at the image reference, judged by the post: errors in a post about a patient', async () => {
    const result = await lint(PATIENT_POST, carrying());
    const images = result.findings.filter((f) => f.ruleId.startsWith('images/'));
    expect(images.map((f) => [f.ruleId, f.category, f.severity])).toEqual(
      expect.arrayContaining([
        ['images/location-tag', 'location', 'error'],
        ['images/metadata', 'name', 'error'],
        ['images/text', 'mrn', 'error'],
        ['images/face', 'photo', 'error'],
      ]),
    );
    // Every one sits on the reference "img/discharge.jpg" (line 3) and names the image file for --fix-images.
    for (const f of images) expect([f.line, f.column, f.endColumn, f.image]).toEqual([3, 15, 32, 'img/discharge.jpg']);
  });

  it('says what was read where, and masking hides the words read', async () => {
    const result = await lint(PATIENT_POST, carrying());
    const byRule = (id: string) => result.findings.find((f) => f.ruleId === id)!;
    expect(byRule('images/text').message).toMatch(/In this image, the text at top left reads "00482913"\.$/);
    expect(byRule('images/metadata').message).toMatch(/In this image, its Artist field reads "Jane Doe"\.$/);
    expect(byRule('images/face').message).toMatch(/In this image: a face at middle\.$/);
    const masked = JSON.stringify(maskResults([result])[0].findings);
    expect(masked).not.toMatch(/Jane|00482913|41\.49930/);
  });

  it('is a warning at most in the organisation\'s own event post, and a face too small to identify is nothing', async () => {
    const result = await lint(EVENT_POST, { ...carrying(), text: [], faces: [{ where: 'middle', width: 80, height: 90, score: 0.9 }, { where: 'top left', width: 10, height: 12, score: 0.9 }] });
    const images = result.findings.filter((f) => f.ruleId.startsWith('images/'));
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((f) => f.severity !== 'error')).toBe(true);
    expect(images.filter((f) => f.ruleId === 'images/face')).toHaveLength(1);
  });

  it('drops a face in a patient post to info when the post\'s consent covers photos', async () => {
    const registry = '- id: AUTH-2026-014\n  subject: synthetic\n  covers:\n    categories: [photo, name, location]\n  expires: 2026-12-31\n';
    const post = `---\nconsent: AUTH-2026-014\n---\n${PATIENT_POST}`;
    const result = await lint(post, { ...emptyAnalysis(), faces: [{ where: 'middle', width: 80, height: 90, score: 0.98 }] }, { '.phi-lint.yaml': 'consentRegistry: consent.yaml\n', 'consent.yaml': registry });
    const face = result.findings.find((f) => f.ruleId === 'images/face')!;
    expect(face.severity).toBe('info');
    expect(face.reason).toBe('covered by consent AUTH-2026-014, expires 2026-12-31');
  });

  it('judges each post of a content calendar with its own context', async () => {
    const calendar = JSON.stringify({ posts: [{ text: 'Our patient Rosa went home after her stroke rehab.', image: 'img/a.jpg' }, { text: 'Join our 5K fun run on Saturday!', image: 'img/b.jpg' }] }, null, 1);
    const face = { ...emptyAnalysis(), faces: [{ where: 'middle', width: 80, height: 90, score: 0.98 }] };
    const result = await lint(calendar, { 'a.jpg': face, 'b.jpg': face }, {}, 'calendar.json');
    const faces = result.findings.filter((f) => f.ruleId === 'images/face');
    expect(faces.map((f) => [f.image, f.severity])).toEqual([
      ['img/a.jpg', 'error'],
      ['img/b.jpg', 'warning'],
    ]);
  });

  it('notes remote images (never fetched) and missing ones, and finds nothing in an image that carries nothing', async () => {
    const post = 'Our patient went home.\n\n![a](https://example.org/a.jpg)\n![b](img/missing.png)\n![c](img/plain.png)\n';
    const result = await lint(post, { 'plain.png': emptyAnalysis() });
    expect(result.findings.filter((f) => f.ruleId.startsWith('images/'))).toEqual([]);
    expect(result.notes).toEqual([
      'line 3: a remote image is not fetched (phi-lint never uses the network): check what it shows by hand',
      'line 4: the referenced image was not found, so nothing inside it was checked',
    ]);
    expect(result.imageDeps?.map((d) => [path.basename(d.file), d.hash])).toEqual([['missing.png', null], ['plain.png', 'given']]);
  });

  it('looks inside nothing when every analysis is off, and reports no image text when images/text is off', async () => {
    const off = await lint(PATIENT_POST, carrying(), { '.phi-lint.yaml': 'images: { metadata: false, text: false, faces: false }\n' });
    expect(off.findings.filter((f) => f.ruleId.startsWith('images/'))).toEqual([]);
    expect(off.imageDeps).toBeUndefined();
    const noText = await lint(PATIENT_POST, carrying(), { '.phi-lint.yaml': 'rules:\n  images/text: off\n' });
    expect(noText.findings.map((f) => f.ruleId)).not.toContain('images/text');
    expect(noText.findings.map((f) => f.ruleId)).toContain('images/face');
    const capped = await lint(PATIENT_POST, carrying(), { '.phi-lint.yaml': 'rules:\n  images/text: warning\n' });
    expect(capped.findings.filter((f) => f.ruleId === 'images/text').map((f) => [f.category, f.severity])).toEqual([['mrn', 'warning']]);
    expect(new ConfigResolver({ cwd: path.dirname(import.meta.dirname), images: false }).settingsFor('x.md').images).toEqual(NO_IMAGE_ANALYSES);
  });
});
