/**
 * A sorted .tsv table searched in its file's bytes (stats.ts SortedTable,
 * without decoding the file into a string first). The name and word tables
 * are plain ASCII: decoding them (2.9 MB, the surnames 2 MB) was a few ms of
 * every one-file run, for the few dozen rows a small run reads. The answers
 * are SortedTable's: keys compare as JavaScript compares strings, lower-cased.
 */
export class ByteTable {
  /** Offset of the first data row (after the header line). */
  private readonly first: number;

  /** `bytes` must be ASCII (buffer.isAscii): a byte is a character. */
  constructor(private readonly bytes: Buffer, private readonly valueCol = 1, private readonly scale = 0) {
    this.first = bytes.indexOf(10) + 1;
  }

  private rowStart(at: number): number {
    return Math.max(this.first, at < 1 ? 0 : this.bytes.lastIndexOf(10, at - 1) + 1);
  }

  private nextRow(at: number): number {
    const eol = this.bytes.indexOf(10, at);
    return eol < 0 ? this.bytes.length : eol + 1;
  }

  /** Where the key at `at` ends (its tab; as String.slice reads an end of -1 when there is none). */
  private keyEnd(at: number): number {
    const tab = this.bytes.indexOf(9, at);
    return tab < 0 ? this.bytes.length - 1 : tab;
  }

  /** The row key at `at`, lower-cased, against `want`: below 0, 0 or above, as `<` compares strings. */
  private compare(at: number, want: string): number {
    const end = this.keyEnd(at);
    const n = end - at;
    for (let i = 0; i < n && i < want.length; i++) {
      let c = this.bytes[at + i];
      if (c >= 65 && c <= 90) c += 32;
      const d = want.charCodeAt(i);
      if (c !== d) return c - d;
    }
    return n - want.length;
  }

  /** Whether the row key at `at` is `key` exactly. */
  private isKey(at: number, key: string): boolean {
    if (this.keyEnd(at) - at !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.bytes[at + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private valueAt(at: number): number {
    for (let c = 0; c < this.valueCol; c++) at = this.bytes.indexOf(9, at) + 1;
    const raw = this.bytes.toString('latin1', at, Math.min(at + 12, this.bytes.length));
    return (this.scale ? Math.round(parseFloat(raw) * this.scale) : parseInt(raw, 10)) || 0;
  }

  /** Every row's key, in file order. */
  *keys(): Generator<string> {
    for (let at = this.first; at < this.bytes.length; at = this.nextRow(at)) yield this.bytes.toString('latin1', at, Math.max(at, this.keyEnd(at)));
  }

  /** Largest value among rows whose key equals `key` ignoring case (or exactly, with `exact`); 0 when absent. */
  get(key: string, exact = false): number {
    const want = key.toLowerCase();
    // Invariant: rows starting before `lo` sort below `want`; the row starting at `hi` (if any) does not.
    let lo = this.first;
    let hi = this.bytes.length;
    while (lo < hi) {
      const row = this.rowStart((lo + hi) >> 1);
      const start = row < lo ? lo : row;
      if (this.compare(start, want) < 0) lo = this.nextRow(start);
      else hi = start;
    }
    let best = 0;
    for (let at = lo; at < this.bytes.length; at = this.nextRow(at)) {
      if (this.compare(at, want) !== 0) break;
      if (!exact || this.isKey(at, key)) best = Math.max(best, this.valueAt(at) || 1);
    }
    return best;
  }
}
