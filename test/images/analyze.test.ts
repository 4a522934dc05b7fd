import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { IMAGES } from '../helpers/images.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

/**
 * The real readers on the committed images (fixtures/images/SOURCES.md):
 * tesseract.js with its packaged English model, and face-api on the WASM
 * backend, both offline. One test each, as they take seconds.
 */
const temp = tempWorkspaces();

function postFolder(post: string, images: string[], config: string): string {
  const cwd = temp({ 'post.md': post, '.phi-lint.yaml': config });
  mkdirSync(path.join(cwd, 'img'));
  for (const name of images) copyFileSync(path.join(IMAGES, name), path.join(cwd, 'img', name));
  return cwd;
}

const imageFindings = async (cwd: string) =>
  (await lintFiles(['post.md'], { cwd, concurrency: 'off' })).files[0].findings
    .filter((f) => f.ruleId.startsWith('images/'))
    .map((f) => [f.line, f.ruleId, f.category, f.severity, f.text]);

describe('looking inside real images', () => {
  it('reads the printed label: the record number is an error, the wristband name "DOE, JANE" is found', { timeout: 60_000 }, async () => {
    const post = 'Our patient went home after her knee replacement.\n\n![Her wristband](img/wristband-label.png)\n\n![Lobby](img/plain.png)\n';
    const cwd = postFolder(post, ['wristband-label.png', 'plain.png'], 'images: { metadata: false, faces: false }\n');
    expect(await imageFindings(cwd)).toEqual([
      [3, 'images/text', 'mrn', 'error', '00482913'],
      [3, 'images/text', 'name', 'error', 'DOE, JANE'],
    ]);
  });

  it('finds the face in the photograph, and nothing in the plain image', { timeout: 60_000 }, async () => {
    const post = 'Our patient is back on her feet after her hip replacement.\n\n![At home](img/face.jpg)\n\n![Lobby](img/plain.png)\n';
    const cwd = postFolder(post, ['face.jpg', 'plain.png'], 'images: { metadata: false, text: false }\n');
    expect(await imageFindings(cwd)).toEqual([[3, 'images/face', 'photo', 'error', expect.stringMatching(/^face \d+x\d+ px/)]]);
    writeFileSync(path.join(cwd, 'post.md'), 'Join us for the open house on Saturday.\n\n![Our team](img/face.jpg)\n');
    expect((await imageFindings(cwd)).map((f) => f[3])).toEqual(['warning']);
  });
});
