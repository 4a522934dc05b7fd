import { describe, expect, it } from 'vitest';
import { compactTable, completeAutomaton, flatOutputs } from '../../src/text/aho-corasick.js';

describe('completeAutomaton, compactTable, flatOutputs', () => {
  it('turn a trie of "he" and "she" into a DFA whose 16-bit table finds both in "ushers"', () => {
    // Inputs: 0 any other, 1 h, 2 e, 3 s, 4 u, 5 r.
    const width = 6;
    const next = new Int32Array(6 * width).fill(-1);
    const found: number[][] = [[]];
    const add = (word: number[], id: number) => {
      let state = 0;
      for (const c of word) {
        if (next[state * width + c] < 0) next[state * width + c] = found.push([]) - 1;
        state = next[state * width + c];
      }
      found[state].push(id);
    };
    add([1, 2], 0); // he
    add([3, 1, 2], 1); // she
    completeAutomaton(next, width, (s, fail) => found[s].push(...found[fail]));
    const table = compactTable(next, found.length, width);
    expect(table).toBeInstanceOf(Uint16Array);
    expect(table.length).toBe(found.length * width);
    const { at, list } = flatOutputs(found);
    const hits: [number, number][] = [];
    let state = 0;
    [4, 3, 1, 2, 5, 3].forEach((c, i) => {
      state = table[state * width + c];
      for (let k = at[state]; k < at[state + 1]; k++) hits.push([i, list[k]]);
    });
    expect(hits.sort()).toEqual([
      [3, 0],
      [3, 1],
    ]);
  });
});
