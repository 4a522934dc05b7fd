import { describe, expect, it } from 'vitest';
import { imageKeys, seal, unseal } from '../../src/images/seal.js';
import type { ImageAnalysis } from '../../src/model/image.js';

const analysis: ImageAnalysis = { metadata: [{ field: 'Artist', text: 'Jane Doe' }], text: [{ text: 'MRN 00482913', where: 'top left' }], faces: [], skipped: [] };

describe('sealed image analyses', () => {
  it('opens with the key of the same image bytes, and holds none of the text in the open', () => {
    const bytes = new TextEncoder().encode('image bytes');
    const { key, secret } = imageKeys(bytes, '111');
    const sealed = seal(analysis, secret);
    expect(unseal(sealed, secret)).toEqual(analysis);
    for (const shown of [sealed, key, Buffer.from(sealed, 'base64').toString('latin1')]) {
      expect(shown).not.toContain('Jane');
      expect(shown).not.toContain('00482913');
    }
  });

  it('does not open for other bytes or other settings, nor when damaged', () => {
    const { secret } = imageKeys(new TextEncoder().encode('image bytes'), '111');
    const sealed = seal(analysis, secret);
    expect(unseal(sealed, imageKeys(new TextEncoder().encode('other bytes'), '111').secret)).toBeUndefined();
    expect(imageKeys(new TextEncoder().encode('image bytes'), '100').key).not.toBe(imageKeys(new TextEncoder().encode('image bytes'), '111').key);
    expect(unseal(`${sealed.slice(0, -4)}AAAA`, secret)).toBeUndefined();
  });
});
