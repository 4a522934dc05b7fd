import fc from 'fast-check';
import { GFM, parser } from '@lezer/markdown';
import { describe, expect, it } from 'vitest';
import { SkipPlain, SkipPlainGfm } from '../../../src/formats/markdown/skip.js';

// The skip extensions are a pure speed-up: the tree must not change.
const pairs = [
  ['CommonMark', parser, parser.configure(SkipPlain)],
  ['GFM', parser.configure(GFM), parser.configure([GFM, SkipPlainGfm])],
] as const;

const piece = fc.oneof(
  fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '&amp;', '&#', '\\', '\n', ' ', '  ', '|', '-', '#', '~', '~~',
    'www.x.org', 'a@b.org', 'http://u.v/w', '<http://u>', '<!-- c -->', '<b>', '[r]: /u\n', '1. ', '> ', '    ', '_a_', 'x'),
  fc.string({ maxLength: 6 }),
);
const doc = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('SkipPlain', () => {
  it.each(pairs)('%s: same tree with and without it', (_, plain, skipping) => {
    fc.assert(fc.property(doc, (src) => {
      expect(skipping.parse(src).toString()).toBe(plain.parse(src).toString());
    }), { numRuns: 1500, seed: 3 });
  });
});
