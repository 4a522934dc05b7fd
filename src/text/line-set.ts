/**
 * A prebuilt term set or map restored without building it: its sorted lines
 * are searched by halves until it has answered enough lookups to pay for a
 * real Set or Map (about 5 ms each for the 15,000 health terms). A one-file
 * run asks a few hundred times and never builds one; a long run builds it
 * after its first few posts.
 */
const BUILD_AFTER = 4096;

/** Index of `key` in sorted `keys`, or -1. */
function search(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const isSorted = (keys: readonly string[]) => keys.every((k, i) => i === 0 || keys[i - 1] < k);
const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The lookups findTerms makes of a term set. */
export class LineSet implements Iterable<string> {
  private set?: Set<string>;
  private asked = 0;
  private readonly keys: string[];

  /** Lines sorted by the build (`sorted`: its word, no check needed); sorted here when not (a file from an older build). */
  constructor(lines: string[], sorted = false) {
    this.keys = sorted || isSorted(lines) ? lines : lines.sort(byKey((l: string) => l));
  }

  has(key: string): boolean {
    if (!this.set && ++this.asked > BUILD_AFTER) this.set = new Set(this.keys);
    return this.set ? this.set.has(key) : search(this.keys, key) >= 0;
  }

  [Symbol.iterator](): Iterator<string> {
    return (this.set ?? this.keys)[Symbol.iterator]();
  }
}

/** Longer terms by first word ("word\tterm\tterm" lines, or another field separator): get and delete, as findTerms expands them. */
export class LineMap implements Iterable<[string, string[]]> {
  private map?: Map<string, string[]>;
  private asked = 0;
  private readonly words: string[];
  private readonly lines: string[];
  private readonly deleted = new Set<string>();

  constructor(lines: string[], sorted = false, private readonly field = '\t') {
    const first = (line: string) => firstField(line, field);
    const words = lines.map(first);
    if (sorted || isSorted(words)) [this.lines, this.words] = [lines, words];
    else {
      this.lines = lines.sort(byKey(first));
      this.words = this.lines.map(first);
    }
  }

  get(word: string): string[] | undefined {
    if (!this.map && ++this.asked > BUILD_AFTER) this.map = new Map([...this.entries()]);
    if (this.map) return this.map.get(word);
    if (this.deleted.has(word)) return undefined;
    const at = search(this.words, word);
    return at < 0 ? undefined : this.lines[at].split(this.field).slice(1);
  }

  delete(word: string): boolean {
    if (this.map) return this.map.delete(word);
    if (this.deleted.has(word) || search(this.words, word) < 0) return false;
    this.deleted.add(word);
    return true;
  }

  [Symbol.iterator](): Iterator<[string, string[]]> {
    return (this.map ?? this.entries())[Symbol.iterator]();
  }

  private *entries(): Generator<[string, string[]]> {
    for (let i = 0; i < this.lines.length; i++) if (!this.deleted.has(this.words[i])) yield [this.words[i], this.lines[i].split(this.field).slice(1)];
  }
}

const firstField = (line: string, field: string) => {
  const tab = line.indexOf(field);
  return tab < 0 ? line : line.slice(0, tab);
};
