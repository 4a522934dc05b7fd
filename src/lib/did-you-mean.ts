/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours: "valeu"), for "did you mean" on a misspelt name. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * The candidate nearest to what was typed by `distance`, or undefined when
 * none is close: within a third of the typed length ("identifers/mrn" is a
 * slip, "date" is not "state").
 */
function closest(typed: string, candidates: Iterable<string>, distance: (wanted: string, lower: string) => number): { word: string; distance: number } | undefined {
  const wanted = typed.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const word of candidates) {
    const d = distance(wanted, word.toLowerCase());
    if (!best || d < best.distance) best = { word, distance: d };
  }
  return best && best.distance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
}

/**
 * The closest known rule id to what was typed, or undefined when nothing is
 * close. A bare name (`mrn`) is compared with the part after the pack
 * prefix too, so `explain mrn` suggests `identifiers/mrn`.
 */
export function closestId(typed: string, ids: string[]): string | undefined {
  return closest(typed, ids, (wanted, id) => Math.min(editDistance(wanted, id), editDistance(wanted, id.slice(id.lastIndexOf('/') + 1))))?.word;
}

/** The known word closest to a misspelt one (a key, a severity), by the same measure; undefined when none is close or it is that word. */
export function closestWord(typed: string, words: Iterable<string>): string | undefined {
  const near = closest(typed, words, editDistance);
  return near && near.distance > 0 ? near.word : undefined;
}
