/** Edit distance (insertions, deletions, substitutions), for "did you mean" on a misspelt name. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
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
