import { describe, expect, it } from 'vitest';
import { withFixSuggestions } from '../../src/fix/suggest.js';
import type { FileResult } from '../../src/model/types.js';
import { openExtras, sealExtras, withFixes, withParts } from '../../src/run/entry-extras.js';

const source = 'Dear Anna Lindqvist, thanks for visiting the clinic.\n';
const result: FileResult = {
  filePath: 'post.txt',
  findings: [
    { ruleId: 'names/person', category: 'name', severity: 'error', message: 'Name.', line: 1, column: 6, endLine: 1, endColumn: 20, offset: 5, endOffset: 19, text: 'Anna Lindqvist' },
  ],
};

describe('entry extras', () => {
  it('keep fix suggestions sealed: the text alone opens them, and they are what withFixSuggestions gives', () => {
    const fixed = withFixSuggestions([{ ...result, source }])[0];
    expect(fixed.findings[0].fix).toBeDefined();
    const sealed = sealExtras(source, fixed.findings, true)!;
    expect(sealed).not.toContain('Lindqvist');
    expect(openExtras(sealed, source + '!')).toBeUndefined();
    const extras = openExtras(sealed, source);
    expect(withFixes(result, source, extras)).toEqual({ ...result, findings: fixed.findings });
  });

  it('compute the suggestions when the entry was stored without them', () => {
    const fixed = withFixSuggestions([{ ...result, source }])[0];
    expect(withFixes(result, source, undefined)).toEqual({ ...result, findings: fixed.findings });
  });

  it('keep a decoded text and a pointer; nothing when every text is a slice of the source', () => {
    expect(sealExtras(source, result.findings, false)).toBeUndefined();
    const json = '{ "Anna": "MRN 12345\\u0036" }';
    const finding = { ...result.findings[0], offset: 12, endOffset: 27, text: 'MRN 123456', pointer: '/Anna' };
    const extras = openExtras(sealExtras(json, [finding], false)!, json);
    expect(withParts([{ ...finding, text: json.slice(12, 27), pointer: undefined }], extras)[0]).toMatchObject({ text: 'MRN 123456', pointer: '/Anna' });
  });
});
