/**
 * Whether two code units are the same character as a regex with the `iu`
 * flags compares them ("é" and "É", "k" and the Kelvin sign), asked of the
 * regex engine itself once per pair: Unicode case folding has too many
 * special cases to reproduce. Surrogates are the same only as themselves.
 */
const known = new Map<number, boolean>();

export function sameUnderIu(a: number, b: number): boolean {
  if (a === b) return true;
  if ((a & 0xf800) === 0xd800 || (b & 0xf800) === 0xd800) return false;
  const key = a * 0x10000 + b;
  let same = known.get(key);
  if (same === undefined) {
    same = new RegExp(`^[${String.fromCharCode(a).replace(/[\\\]^-]/g, '\\$&')}]$`, 'iu').test(String.fromCharCode(b));
    known.set(key, same);
  }
  return same;
}
