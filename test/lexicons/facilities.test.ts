import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { LEXICON_DIR } from '../../src/lexicons/files.js';

const lines = (file: string) => readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n').filter(Boolean);

// facilities.txt is derived (scripts/derive-facilities.js): an edit to the hand list must be followed by a re-run.
it('facilities.txt holds every health-systems.txt entry', () => {
  const facilities = new Set(lines('facilities.txt'));
  expect(lines('health-systems.txt').filter((h) => !facilities.has(h))).toEqual([]);
});

it('health-systems.txt is sorted by byte order, without duplicates', () => {
  const hs = lines('health-systems.txt');
  expect(hs).toEqual([...new Set(hs)].sort());
});
