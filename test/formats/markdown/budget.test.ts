import { describe, expect, it } from 'vitest';
import { markdownOverBudget } from '../../../src/formats/markdown/budget.js';
import { MARKDOWN_FALLBACK, parseMarkdown } from '../../../src/formats/markdown/index.js';
import { lintText } from '../../../src/api.js';

/** Inputs the Markdown parser takes seconds to minutes on (scripts/bench-markdown.js times them). */
const HOSTILE: Record<string, string> = {
  'nested list markers on one line': '- '.repeat(40_000) + 'x',
  'nested lists by indentation': Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- x').join('\n'),
  'nested quotes': '> '.repeat(1000) + 'x',
  'unmatched brackets': '['.repeat(100_000),
  'unclosed link destinations': '[a]('.repeat(20_000),
  'unclosed reference links': '[a][b'.repeat(20_000),
  'strikethrough openers': '~~a'.repeat(20_000),
};

describe('the Markdown parsing budget (a count, not a clock)', () => {
  it.each(Object.entries(HOSTILE))('%s: scanned as plain text, with a note', (_, source) => {
    expect(markdownOverBudget(source)).toBeDefined();
    const parsed = parseMarkdown(source);
    expect(parsed.segments).toEqual([{ text: source, kind: 'text', start: 0 }]);
    expect(parsed.notes).toEqual([expect.stringContaining(MARKDOWN_FALLBACK)]);
  });

  it('real posts stay far below it: nesting, links and strikethrough in moderation', () => {
    const post = [
      '---\ntitle: Spring update\n---',
      '# News\n\nSee [our site](https://example.org) and [the map][m], ~~old~~ new.',
      '- one\n  - two\n    - three\n      1. four\n\n> quoted\n> > nested',
      Array.from({ length: 500 }, (_, i) => `- [link ${i}](https://example.org/${i})`).join('\n'),
      '[m]: https://example.org/map',
    ].join('\n\n');
    expect(markdownOverBudget(post.repeat(20))).toBeUndefined();
    expect(parseMarkdown(post).notes).toBeUndefined();
  });

  it('the whole text is still scanned, at exact positions, and the note reaches the result', async () => {
    const source = '['.repeat(60_000) + '\n\nPatient SSN 123-45-6789 was seen.\n';
    const result = await lintText(source, { filePath: 'post.md' });
    const ssn = result.findings.find((f) => f.ruleId === 'identifiers/ssn');
    expect(ssn).toMatchObject({ line: 3, column: 13, endColumn: 24, text: '123-45-6789' });
    expect(result.notes).toEqual([expect.stringContaining(MARKDOWN_FALLBACK)]);
    expect(result.fatal).toBeUndefined();
  });
});
