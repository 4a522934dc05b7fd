import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR } from '../../src/lexicons/files.js';
import { SortedTable, firstNameSex, firstNames, foldWord, surnames, usPlaces, wordStats } from '../../src/lexicons/stats.js';

const keys = (file: string) =>
  readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0].toLowerCase());

describe('lexicon tables searched in place', () => {
  it.each(['first-names.tsv', 'surnames.tsv', 'common-words.tsv', 'common-words-es.tsv', 'us-places.tsv'])('%s is sorted case-insensitively', (file) => {
    const k = keys(file);
    const unsorted = k.findIndex((key, i) => i > 0 && k[i - 1] > key);
    expect(unsorted).toBe(-1);
  });

  it('finds the largest value among duplicate keys, with or without exact case', () => {
    const t = new SortedTable('name\tcount\nAnna\t5\nanna\t9\nBob\t2\nZed\t1\n');
    expect([...t.keys()]).toEqual(['Anna', 'anna', 'Bob', 'Zed']);
    expect(t.get('Aaron')).toBe(0);
    expect(t.get('zed')).toBe(1);
    expect(t.get('ANNA')).toBe(9);
    expect(t.get('Anna', true)).toBe(5);
    expect(t.get('Bob')).toBe(2);
    expect(t.get('Carl')).toBe(0);
    expect(t.get('Zzz')).toBe(0);
  });

  it.each(['first-names.tsv', 'surnames.tsv'])('finds every row of %s by binary search (a sample)', (file) => {
    const table = file === 'surnames.tsv' ? surnames() : firstNames();
    const rows = readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n').slice(1).filter(Boolean);
    for (let i = 0; i < rows.length; i += 97) {
      const [name, count] = rows[i].split('\t');
      expect(table.get(name)).toBe(Number(count));
      expect(table.get(`${name}qx`)).toBe(0);
    }
  });

  it('reads the population column of us-places with exact case', () => {
    expect(usPlaces().get('Springfield', true)).toBeGreaterThan(100_000);
    expect(usPlaces().get('springfield', true)).toBe(0);
  });

  it('folds case, accents and typographic apostrophes', () => {
    expect(foldWord('Ramón')).toBe('ramon');
    expect(foldWord('O’Brien')).toBe("o'brien");
  });

  it('tells names from common words', () => {
    expect(wordStats('Hope')).toMatchObject({ first: expect.any(Number), common: expect.any(Number) });
    expect(wordStats('Hope').common).toBeGreaterThan(1000);
    expect(wordStats('Oluwaseun').first).toBeGreaterThan(0);
    expect(wordStats('Oluwaseun').common).toBe(0);
    expect(wordStats('Kowalczyk').sur).toBeGreaterThan(0);
    expect(wordStats("Lindqvist's")).toEqual(wordStats('Lindqvist'));
    expect(wordStats('4th')).toEqual({ first: 0, sur: 0, common: 0 });
  });
});

describe('Spanish words', () => {
  it.each(['Está', 'Centro', 'Clínicas', 'Vacunas', 'Mujer'])('%s is a common word, not a name', (word) => {
    expect(wordStats(word).common).toBeGreaterThanOrEqual(30);
  });
  it.each(['Rosa', 'Luz', 'Agatha', 'Boris'])('%s stays a name: a Spanish word that is more a name than a word is left out', (word) => {
    expect(wordStats(word).common).toBeLessThan(30);
  });
});

describe('firstNameSex', () => {
  it.each([
    ['Dennis', 'm'],
    ['Patricia', 'f'],
    ['María', 'f'],
    ['Jordan', undefined],
    ['Casey', undefined],
    ['Xqzt', undefined],
  ])('%s', (name, sex) => expect(firstNameSex(name)).toBe(sex));

  it('reads a decimal column scaled', () => {
    const table = new SortedTable('name\tn\tshare\nAnn\t10\t0.973\nBob\t12\t0.002\n', 2, 1000);
    expect([table.get('ann'), table.get('bob'), table.get('cy')]).toEqual([973, 2, 0]);
  });
});
