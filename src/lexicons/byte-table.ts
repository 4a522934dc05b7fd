import { SortedRows, parseValue } from './sorted-rows.js';

/**
 * A sorted .tsv table searched in its file's bytes (stats.ts SortedTable,
 * without decoding the file into a string first). The name and word tables
 * are plain ASCII: decoding them (2.9 MB, the surnames 2 MB) was a few ms of
 * every one-file run, for the few dozen rows a small run reads. The answers
 * are SortedTable's: keys compare as JavaScript compares strings, lower-cased.
 */
export class ByteTable extends SortedRows {
  protected readonly first: number;
  protected readonly end: number;

  /** `bytes` must be ASCII (buffer.isAscii): a byte is a character. */
  constructor(private readonly bytes: Buffer, private readonly valueCol = 1, private readonly scale = 0) {
    super();
    this.first = bytes.indexOf(10) + 1;
    this.end = bytes.length;
  }

  protected rowStart(at: number): number {
    return Math.max(this.first, at < 1 ? 0 : this.bytes.lastIndexOf(10, at - 1) + 1);
  }

  protected nextRow(at: number): number {
    const eol = this.bytes.indexOf(10, at);
    return eol < 0 ? this.bytes.length : eol + 1;
  }

  /** Where the key at `at` ends (its tab; as String.slice reads an end of -1 when there is none). */
  private keyEnd(at: number): number {
    const tab = this.bytes.indexOf(9, at);
    return tab < 0 ? this.bytes.length - 1 : tab;
  }

  protected keyAt(at: number): string {
    return this.bytes.toString('latin1', at, Math.max(at, this.keyEnd(at)));
  }

  protected compare(at: number, want: string): number {
    const n = this.keyEnd(at) - at;
    for (let i = 0; i < n && i < want.length; i++) {
      let c = this.bytes[at + i];
      if (c >= 65 && c <= 90) c += 32;
      const d = want.charCodeAt(i);
      if (c !== d) return c - d;
    }
    return n - want.length;
  }

  protected isKey(at: number, key: string): boolean {
    if (this.keyEnd(at) - at !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.bytes[at + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  protected valueAt(at: number): number {
    for (let c = 0; c < this.valueCol; c++) at = this.bytes.indexOf(9, at) + 1;
    return parseValue(this.bytes.toString('latin1', at, Math.min(at + 12, this.bytes.length)), this.scale);
  }
}
