/**
 * The step shared by the Aho-Corasick automata (rule keywords, pattern
 * anchors): a trie already written into a transition table (`next[state *
 * width + input]`, -1 where there is no edge; state 0 the root) becomes a
 * DFA. Breadth first, so a state's failure link is complete before its
 * children use it: a missing edge follows the link, and `inherit(state,
 * fail)` lets each state take the outputs of its failure state (the words
 * that end as suffixes of its own).
 */
export function completeAutomaton(next: Int32Array, width: number, inherit: (state: number, fail: number) => void): void {
  const fail = new Int32Array(next.length / width);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    if (next[c] < 0) next[c] = 0;
    else queue.push(next[c]);
  }
  for (let k = 0; k < queue.length; k++) {
    const s = queue[k];
    inherit(s, fail[s]);
    for (let c = 0; c < width; c++) {
      const at = s * width + c;
      const viaFail = next[fail[s] * width + c];
      if (next[at] < 0) next[at] = viaFail;
      else {
        fail[next[at]] = viaFail;
        queue.push(next[at]);
      }
    }
  }
}

/**
 * The completed table of `states` states, as small as it fits: 16-bit
 * states halve the memory every character's step reads (the built-in
 * anchors' table went from 330 to 165 KB); a scan of a long run reads it
 * from the cache, not from memory.
 */
export function compactTable(next: Int32Array, states: number, width: number): Int32Array | Uint16Array {
  const used = next.subarray(0, states * width);
  return states <= 0xffff ? Uint16Array.from(used) : used;
}

/** Every state's outputs in one table: those of state `s` are `list[at[s]]` to `list[at[s + 1] - 1]` (no object per state to fetch). */
export function flatOutputs(found: readonly (readonly number[])[]): { at: Int32Array; list: Int32Array } {
  const at = new Int32Array(found.length + 1);
  found.forEach((f, s) => (at[s + 1] = at[s] + f.length));
  const list = new Int32Array(at[found.length]);
  found.forEach((f, s) => list.set(f, at[s]));
  return { at, list };
}
