import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../src/text/anchor-index.js';
import { ANY } from '../../src/text/anchors.js';

describe('AnchorIndex', () => {
  const index = new AnchorIndex([['mrn'], undefined, ['0', 'room'], ['mr']]);

  it('finds, in one pass, where each slot may start, in order and without repeats', () => {
    const scan = index.scan('MRN 12 in Room 4; mrna');
    expect(scan.at(0)).toEqual([0, 18]);
    expect(scan.at(2)).toEqual([4, 5, 10, 15]);
    expect(scan.at(3)).toEqual([0, 18]);
  });

  it('gives slots with the same anchors one shared list', () => {
    const shared = new AnchorIndex([['0'], ['mrn'], ['0']]).scan('MRN 12');
    expect(shared.at(0)).toEqual([4, 5]);
    expect(shared.at(2)).toBe(shared.at(0));
  });

  it('says undefined for a slot without anchors, and none for a slot that cannot match', () => {
    const scan = index.scan('nothing here');
    expect(scan.at(1)).toBeUndefined();
    expect(scan.at(0)).toEqual([]);
  });

  it('puts a wildcard anchor\'s start as many characters before its literal as it has wildcards', () => {
    const A = String.fromCharCode(ANY);
    const scan = new AnchorIndex([[`${A}${A}:`, `${A}:`], ['mrn']]).scan(':a:bc:');
    // The colon at 0 has nothing before it: no start at -1 or -2.
    expect(scan.at(0)).toEqual([0, 1, 3, 4]);
  });
});
