import { describe, expect, it } from 'vitest';
import { GENESIS, sealLine, splitLine, type ChainKey } from '../../src/audit/chain.js';
import { verifyLines } from '../../src/audit/verify.js';

/** A log of `n` runs as phi-lint writes it: each line sealed onto the one before. */
function chain(n: number, key?: ChainKey): string[] {
  const lines: string[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const line = sealLine({ seq, v: 1, exitCode: seq % 2, files: [{ path: `posts/${seq}.md`, errors: seq }] }, prev, key);
    lines.push(line);
    prev = splitLine(line)!.hash;
  }
  return lines;
}
const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
const KEY: ChainKey = { kind: 'env', key: Buffer.from('a-long-synthetic-test-key') };

describe('verifyLines', () => {
  it('accepts an intact chain and gives its head, the last line\'s hash', () => {
    const lines = chain(4);
    expect(verifyLines(text(lines), {})).toEqual({ lines: 4, head: splitLine(lines[3])!.hash, keyed: 0 });
    expect(verifyLines('', {})).toEqual({ lines: 0, head: GENESIS, keyed: 0 });
  });

  it('names an edited line: its hash no longer matches', () => {
    const lines = chain(4);
    lines[2] = lines[2].replace('"errors":3', '"errors":0');
    expect(verifyLines(text(lines), {}).broken).toEqual({ line: 3, message: 'was edited: its hash does not match its content' });
  });

  it('names the line after a removed one, and a moved one', () => {
    const lines = chain(4);
    const removed = [lines[0], lines[2], lines[3]];
    expect(verifyLines(text(removed), {}).broken).toEqual({ line: 2, message: expect.stringMatching(/^does not follow line 1: a line was removed, inserted or moved here.* \(it records run 3\)$/) });
    const swapped = [lines[0], lines[2], lines[1], lines[3]];
    expect(verifyLines(text(swapped), {}).broken?.line).toBe(2);
    expect(verifyLines(text(lines.slice(1)), {}).broken).toEqual({ line: 1, message: 'does not start the chain: lines before it were removed (it records run 2)' });
  });

  it('an unkeyed line rewritten with a fresh hash still breaks the link to the next line', () => {
    const lines = chain(3);
    const { body } = splitLine(lines[1])!;
    lines[1] = sealLine({ ...JSON.parse(body), errors: 0, alg: undefined, prev: undefined }, JSON.parse(body).prev);
    expect(verifyLines(text(lines), {}).broken).toMatchObject({ line: 3, message: expect.stringContaining('or line 2 was rewritten') });
  });

  it('a keyed chain needs its key, and a line rehashed without the key fails', () => {
    const lines = chain(3, KEY);
    expect(verifyLines(text(lines), { env: KEY.key })).toMatchObject({ lines: 3, keyed: 3 });
    expect(verifyLines(text(lines), {}).broken).toMatchObject({ line: 1, keyMissing: true, message: expect.stringContaining('PHI_LINT_BASELINE_KEY') });
    expect(verifyLines(text(lines), { env: Buffer.from('another-synthetic-key!') }).broken).toMatchObject({ line: 1, keyMissing: true });
    // A forger without the key can only seal with plain SHA-256 or a key of their own: either way the keyed line after it no longer follows.
    const { body } = splitLine(lines[1])!;
    const parsed = JSON.parse(body);
    lines[1] = sealLine({ seq: 2, v: 1, exitCode: 0, files: [] }, parsed.prev);
    expect(verifyLines(text(lines), { env: KEY.key }).broken).toMatchObject({ line: 3 });
  });

  it('reports a line that is no record, and a last line cut short', () => {
    const lines = chain(3);
    expect(verifyLines(text([lines[0], 'not json', lines[2]]), {}).broken).toMatchObject({ line: 2, message: expect.stringContaining('is not an audit record') });
    const cut = text(lines).slice(0, -20);
    expect(verifyLines(cut, {}).broken).toMatchObject({ line: 3, message: expect.stringContaining('cut short') });
  });
});
