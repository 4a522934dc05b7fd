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
