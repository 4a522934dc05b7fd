import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteTable } from '../../src/lexicons/byte-table.js';
import { LEXICON_DIR } from '../../src/lexicons/files.js';
import { SortedTable } from '../../src/lexicons/stats.js';

/** Both tables over the same text: ByteTable must answer every lookup as SortedTable does. */
function both(text: string, valueCol = 1, scale = 0) {
  return { bytes: new ByteTable(Buffer.from(text, 'latin1'), valueCol, scale), text: new SortedTable(text, valueCol, scale) };
}

describe('ByteTable', () => {
  it('answers as SortedTable on a small table: case, exact keys, absent keys, scaled columns', () => {
    const text = 'name\tn\tshare\nAnn\t10\t0.973\nanna\t5\t0.5\nAnna\t9\t0.4\nBob\t2\t0.002\nbob\t\t0.1\nZed\t1\t1\n';
    for (const [col, scale] of [[1, 0], [2, 1000]]) {
      const t = both(text, col, scale);
      for (const key of ['ann', 'Ann', 'ANNA', 'anna', 'Anna', 'bob', 'Bob', 'zed', 'a', 'zz', '', 'annab', 'ñ', 'Ånn']) {
        for (const exact of [false, true]) expect(t.bytes.get(key, exact), `${key} ${exact} col ${col}`).toBe(t.text.get(key, exact));
      }
      expect([...t.bytes.keys()]).toEqual([...t.text.keys()]);
    }
  });

  it('answers as SortedTable on the name and word tables', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (const file of ['first-names.tsv', 'common-words.tsv', 'common-words-es.tsv']) {
      const text = readFileSync(path.join(LEXICON_DIR, file), 'latin1');
      const t = both(text);
      const keys = [...t.text.keys()];
      expect([...t.bytes.keys()]).toEqual(keys);
      for (let i = 0; i < 3000; i++) {
        const k = keys[Math.floor(rand() * keys.length)];
        const variants = [k, k.toUpperCase(), k.slice(0, -1), `${k}s`, k.replace(/[aeiou]/, 'é')];
        for (const v of variants) expect(t.bytes.get(v), `${file} ${v}`).toBe(t.text.get(v));
        expect(t.bytes.get(k, true)).toBe(t.text.get(k, true));
      }
    }
  });
});
