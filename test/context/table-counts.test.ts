import { expect, it } from 'vitest';
import { labelsFigures } from '../../src/context/table-counts.js';
import type { Segment } from '../../src/model/types.js';

const cells = (...texts: string[]): Segment[] => texts.map((text, i) => ({ text, kind: 'table-cell', start: i * 40 }) as Segment);

it('reads a table cell before a figure as the label of a row of figures', () => {
  const row = cells('Survived to hospital discharge', '11', '8', 'Mammograms', '**9,310**', 'Cure rate', '62%');
  expect(labelsFigures(row, 0)).toBe(true);
  expect(labelsFigures(row, 3)).toBe(true);
  expect(labelsFigures(row, 5)).toBe(true);
  // The figure itself labels nothing, and a row of words is no statistic.
  expect(labelsFigures(row, 1)).toBe(false);
  expect(labelsFigures(cells('Maria Lopez', 'knee replacement', 'March 3'), 0)).toBe(false);
  // Only tables: a paragraph before a number is prose.
  expect(labelsFigures([{ text: 'Discharged home', kind: 'paragraph', start: 0 } as Segment, ...cells('11')], 0)).toBe(false);
});
