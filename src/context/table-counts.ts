import type { Segment } from '../model/types.js';

/** A table cell that holds a figure only: "3,418", "**62%**", "$310,000", "—". */
const FIGURE = /^[\s*_]*(?:[~<>≈$]\s*)?(?:\d[\d,.]*\s*[%+kKmM]?|[—–-])[\s*_]*$/u;

/**
 * Whether a table cell labels a row of figures ("Survived to hospital
 * discharge | 11 | 8"): the care it names is counted, an annual report's
 * statistic, not one person's story. The row's next cell is a figure.
 */
export function labelsFigures(segments: readonly Segment[], i: number): boolean {
  const next = segments[i + 1];
  return segments[i].kind === 'table-cell' && !FIGURE.test(segments[i].text) && next?.kind === 'table-cell' && FIGURE.test(next.text);
}
