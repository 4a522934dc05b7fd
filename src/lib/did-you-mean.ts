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
 * The closest known rule id to what was typed, or undefined when nothing is
 * close. A bare name (`mrn`) is compared with the part after the pack
 * prefix too, so `explain mrn` suggests `identifiers/mrn`.
 */
export function closestId(typed: string, ids: string[]): string | undefined {
  const wanted = typed.toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const lower = id.toLowerCase();
    const distance = Math.min(editDistance(wanted, lower), editDistance(wanted, lower.slice(lower.lastIndexOf('/') + 1)));
    if (!best || distance < best.distance) best = { id, distance };
  }
  // A third of the typed length: "identifers/mrn" is a slip, "date" is not "state".
  return best && best.distance <= Math.max(1, Math.floor(wanted.length / 3)) ? best.id : undefined;
}

/** The known word closest to a misspelt one (a key, a severity), by the same measure; undefined when none is close. */
export function closestWord(typed: string, words: Iterable<string>): string | undefined {
  const wanted = typed.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    const distance = editDistance(wanted, word.toLowerCase());
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best && best.distance > 0 && best.distance <= Math.max(1, Math.floor(wanted.length / 3)) ? best.word : undefined;
}
