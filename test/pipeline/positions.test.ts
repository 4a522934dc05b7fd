import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { MRN_TEST_RULES as rules } from '../helpers/packs.js';

async function position(text: string, filePath: string) {
  const { findings } = await lintText(text, { filePath, rules });
  return findings.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
}

describe('finding positions in the original file', () => {
  it('plain text with CRLF', async () => {
    expect(await position('first line\r\nsecond MRN123456\r\n', 'a.txt')).toEqual([{ line: 2, column: 8, endLine: 2, endColumn: 17 }]);
  });

  it('a UTF-8 BOM does not shift columns', async () => {
    expect(await position('\uFEFFMRN123456', 'a.txt')).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 10 }]);
  });

  it('emoji before the match count as two columns each', async () => {
    expect(await position('🎉🎉 MRN123456', 'a.md')).toEqual([{ line: 1, column: 6, endLine: 1, endColumn: 15 }]);
  });

  it('JSON escapes map back to the raw file', async () => {
    const json = '{\n  "body": "Line\\none \\u00e9 MRN\\u0031\\u00323456 \\ud83c\\udf89"\n}';
    // The match starts at "MRN" and its digits include two \u escapes, each covered whole.
    const col = json.split('\n')[1].indexOf('MRN') + 1;
    const end = json.split('\n')[1].indexOf('3456') + 5;
    expect(await position(json, 'a.json')).toEqual([{ line: 2, column: col, endLine: 2, endColumn: end }]);
  });

  it('Markdown emphasis and CRLF', async () => {
    const md = '# Title\r\n\r\nSee **MRN123456** today.\r\n';
    expect(await position(md, 'a.md')).toEqual([{ line: 3, column: 7, endLine: 3, endColumn: 16 }]);
  });

  it('the JSON finding carries the pointer of its value', async () => {
    const { findings } = await lintText('{"posts":[{"body":"MRN123456"}]}', { filePath: 'p.json', rules });
    expect(findings[0].pointer).toBe('/posts/0/body');
  });
});
