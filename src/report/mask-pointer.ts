/**
 * A JSON pointer as masked output shows it. Object keys are text the author
 * wrote and can be PHI ({"Jane Doe": ...}), so every key becomes one fixed
 * mask; array indexes stay, so the pointer keeps its shape and still says
 * which post of a calendar it is. A pointer does not tell an index from an
 * all-digit key, so only short numbers (up to 4 digits, no leading zero)
 * count as indexes: a ZIP code or a record number used as a key is masked.
 * Reusable wherever a pointer is stored or printed (reports, caches).
 */
export function maskPointer(pointer: string): string {
  if (pointer === '') return pointer;
  return pointer
    .split('/')
    .map((token, i) => (i === 0 || INDEX.test(token) ? token : KEY_MASK))
    .join('/');
}

const INDEX = /^(?:0|[1-9]\d{0,3})$/;
const KEY_MASK = '***';
