import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/positions.js';

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line ends', () => {
    const idx = new LineIndex('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((o) => idx.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(idx.lineCount).toBe(4);
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    const text = '🎉 Anna';
    expect(new LineIndex(text).position(text.indexOf('Anna'))).toEqual({ line: 1, column: 4 });
  });
});
