import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/lib/read-text.js';

describe('readText', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-read-text-'));

  it('reads ASCII and UTF-8 files as their text', () => {
    for (const text of ['smith\t2442977\n', 'Ramón\t12\nZoë’s\n', '']) {
      const file = path.join(dir, 'table.tsv');
      writeFileSync(file, text);
      expect(readText(file)).toBe(text);
    }
  });
});
