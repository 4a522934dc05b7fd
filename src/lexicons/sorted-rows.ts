/**
 * A binary search over a sorted .tsv table in place (its text or its bytes),
 * by offset: the rows' keys sorted case-insensitively, as JavaScript
 * compares strings lower-cased. The subclasses say how to read a row.
 */
export abstract class SortedRows {
  /** Offset of the first data row (after the header line), and the end. */
  protected abstract readonly first: number;
  protected abstract readonly end: number;

  /** Start of the row holding offset `at`. */
  protected abstract rowStart(at: number): number;
  protected abstract nextRow(at: number): number;
  protected abstract keyAt(at: number): string;
  /** The row key at `at`, lower-cased, against `want`: below 0, 0 or above. */
  protected abstract compare(at: number, want: string): number;
  /** Whether the row key at `at` is `key` exactly. */
  protected abstract isKey(at: number, key: string): boolean;
  protected abstract valueAt(at: number): number;

  /** Every row's key, in file order. */
  *keys(): Generator<string> {
    for (let at = this.first; at < this.end; at = this.nextRow(at)) yield this.keyAt(at);
  }

  /** Largest value among rows whose key equals `key` ignoring case (or exactly, with `exact`); 0 when absent. */
  get(key: string, exact = false): number {
    const want = key.toLowerCase();
    // Invariant: rows starting before `lo` sort below `want`; the row starting at `hi` (if any) does not.
    let lo = this.first;
    let hi = this.end;
    while (lo < hi) {
      const row = this.rowStart((lo + hi) >> 1);
      const start = row < lo ? lo : row;
      if (this.compare(start, want) < 0) lo = this.nextRow(start);
      else hi = start;
    }
    let best = 0;
    for (let at = lo; at < this.end; at = this.nextRow(at)) {
      if (this.compare(at, want) !== 0) break;
      if (!exact || this.isKey(at, key)) best = Math.max(best, this.valueAt(at) || 1);
    }
    return best;
  }
}

/** A value column read from the 12 characters at its start: `scale` multiplies a decimal ("0.973" with 1000 is 973). */
export const parseValue = (raw: string, scale: number): number => (scale ? Math.round(parseFloat(raw) * scale) : parseInt(raw, 10)) || 0;
