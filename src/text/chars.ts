/**
 * Character tests for hot loops, without a regex call per character.
 * `isSpace` is exactly JavaScript's `\s`: ASCII whitespace, NBSP, the
 * Unicode space separators, line and paragraph separators and the BOM.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `/\s\s|[^\S ]/.test(text)`: whitespace other than single spaces. */
export function hasOddSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))))) return true;
  }
  return false;
}
