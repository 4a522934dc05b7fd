import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText, loadRules } from '../../src/api.js';
import { parsePack } from '../../src/packs/load.js';
import { LineIndex } from '../../src/text/positions.js';
import type { FileResult } from '../../src/model/types.js';

/**
 * Property tests: whatever the input, the linter does not crash, and every
 * finding points inside its file at the right line and column. Inputs mix
 * random text with pieces that trigger rules (synthetic identifiers), so
 * that findings, overlaps and merges actually occur. Runs stay bounded.
 */
const extra = parsePack(
  `rules:
  - id: test/names
    category: name
    severity: error
    message: Name.
    detector: lexicon
    terms: [anna, anna lindqvist, lindqvist, chris]
    examples: { match: ['anna'], noMatch: ['x'] }
  - id: test/codes
    category: mrn
    severity: error
    message: Code.
    detector: pattern
    patterns: ['\\d{4}-\\d{4}', '(?P<id>\\d{3,})']
    group: id
    examples: { match: ['1234-5678'], noMatch: ['x'] }
`,
  'test.yaml',
  new Map(),
  [],
);
const rules = [...loadRules(), ...extra];

const PHI = [
  'Our patient Anna Lindqvist', 'MRN 00482913', 'SSN 219-09-9999', 'jane.roe@example.org', '(617) 555-0142',
  'admitted', 'with pneumonia', 'Chris', '1234-5678', 'Dr. Mehta',
];
const phi = fc.constantFrom(...PHI);
const noise = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
const breaks = fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ', '. ', '\t');
const join = (parts: string[]) => parts.join('');

const textArb = fc.array(fc.oneof(phi, noise, breaks), { maxLength: 40 }).map(join);
const markdownArb = fc
  .array(
    fc.oneof(
      phi, noise, breaks,
      fc.constantFrom('# ', '## ', '> ', '- ', '1. ', '**', '*', '_', '`', '```\n', '~~~js\n', '\\*', '&amp;', '&#233;', '<b>', '</b>', '<!-- ', ' -->',
        '<img alt="', '">', '[', '](https://example.org/a)', '![', '| a | b |\n|---|---|\n| ', ' |', '    ', '---\n', 'title: ', '\u00ad', '🎉'),
    ),
    { maxLength: 40 },
  )
  .map(join);
const jsonValueArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, phi, fc.string({ maxLength: 8 }), fc.double(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(phi, fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 4 }),
})).value;
const jsonArb = fc.oneof(
  jsonValueArb.map((v) => JSON.stringify(v, null, 2) ?? 'null'),
  jsonValueArb.map((v) => JSON.stringify(v) ?? 'null'),
  // Broken JSON: valid JSON cut and spliced with stray characters.
  fc.tuple(jsonValueArb, fc.nat(), fc.constantFrom('', ',', '}', '"', '\\', '/*', 'x')).map(([v, at, junk]) => {
    const s = JSON.stringify(v) ?? 'null';
    const cut = at % (s.length + 1);
    return s.slice(0, cut) + junk + s.slice(cut);
  }),
);

/** Range inside the file, and line/column exactly where the offsets are. */
function expectLocated(result: FileResult, source: string) {
  const lines = new LineIndex(source);
  for (const f of result.findings) {
    expect(0 <= f.offset && f.offset < f.endOffset && f.endOffset <= source.length).toBe(true);
    expect({ line: f.line, column: f.column }).toEqual(lines.position(f.offset));
    expect({ line: f.endLine, column: f.endColumn }).toEqual(lines.position(f.endOffset));
  }
}

const RUNS = { numRuns: 150 };

describe('property: the linter never crashes and locates every finding exactly', () => {
  it('plain text: the source at [offset, endOffset) is the matched text', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, async (source) => {
        fc.pre(source.charCodeAt(0) !== 0xfeff);
        const result = await lintText(source, { filePath: 'p.txt', rules });
        expectLocated(result, source);
        for (const f of result.findings) expect(source.slice(f.offset, f.endOffset)).toBe(f.text);
      }),
      RUNS,
    );
  });

  it('Markdown: every range lies inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(markdownArb, async (source) => {
        fc.pre(source.charCodeAt(0) !== 0xfeff);
        expectLocated(await lintText(source, { filePath: 'p.md', rules }), source);
      }),
      RUNS,
    );
  });

  it('JSON, valid or broken: every range lies inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(jsonArb, async (source) => {
        expectLocated(await lintText(source, { filePath: 'p.json', rules }), source);
      }),
      RUNS,
    );
  });
});
