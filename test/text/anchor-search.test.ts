import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../src/text/anchor-index.js';
import { AnchorSearch } from '../../src/text/anchor-search.js';
import { ANY } from '../../src/text/anchors.js';

describe('AnchorSearch', () => {
  const A = String.fromCharCode(ANY);
  const slots = [['mrn'], undefined, ['0', 'room'], ['mr'], ['0'], ['ss', 's'], ['k'], [`${A}${A}:`, `${A}:`, 'mr'], [`${A}${A}${A}0`]];
  const search = new AnchorSearch(slots);
  const index = new AnchorIndex(slots);

  it('finds the starts the automaton finds, slot by slot', () => {
    const texts = ['MRN 12 in Room 4; mrna', 'nothing here', '', 'ſſ Kelvin \u212a 0099 MrMrn', ':a:bc:12', 'ab:0', 'é'.repeat(3) + 'ROOM09'];
    for (const text of texts) {
      const [a, b] = [search.scan(text), index.scan(text)];
      slots.forEach((_, slot) => expect(a.at(slot), `${text} slot ${slot}`).toEqual(b.at(slot)));
    }
  });

  it('says undefined for a slot without anchors, and none for a slot that cannot match', () => {
    const scan = search.scan('nothing here');
    expect(scan.at(1)).toBeUndefined();
    expect(scan.at(0)).toEqual([]);
  });

  it('agrees with the automaton on long mixed text', () => {
    const text = Array.from({ length: 400 }, (_, i) => ['Room ', 'mrn', ' 42', 'ß', 'SS', 'k', '\n', 'ſ', ':'][(i * 7) % 9]).join('');
    const [a, b] = [search.scan(text), index.scan(text)];
    slots.forEach((_, slot) => expect(a.at(slot)).toEqual(b.at(slot)));
  });
});
