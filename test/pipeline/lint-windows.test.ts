import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/pipeline/lint-source.js';
import { lintWindows } from '../../src/pipeline/lint-windows.js';
import { MRN_TEST_RULES as rules } from '../helpers/packs.js';

const pieces = fc.constantFrom('a', 'word ', ' ', '\n', '\r', '\r\n', '🎉', 'MRN123456', 'MRN12');
const texts = fc.array(pieces, { maxLength: 300 }).map((p) => p.join(''));
const strip = ({ findings }: { findings: object[] }) => findings;

describe('lintWindows', () => {
  it('finds exactly what a whole-text lint finds, at the same offsets, lines and columns', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.integer({ min: 1, max: 40 }), async (text, step) => {
        const chunks = Array.from({ length: Math.ceil(text.length / step) }, (_, i) => text.slice(i * step, (i + 1) * step));
        const windowed = await lintWindows(chunks, 'a.txt', rules, { size: 96, overlap: 24 });
        const whole = await lintSource(text, 'a.txt', rules);
        expect(strip(windowed)).toEqual(strip(whole));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a large JSON or Markdown file as plain text', async () => {
    const { findings } = await lintWindows(['{"body": "MRN123456"}'], 'a.json', rules, { size: 96, overlap: 24 });
    expect(findings[0]).toMatchObject({ line: 1, column: 11, pointer: undefined });
  });
});
