import { keyCheck } from '../suppress/baseline-file.js';
import { digest, GENESIS, splitLine, type ChainKey } from './chain.js';

/** The keys a verifier holds, by where the log says its lines' key came from. */
export type VerifyKeys = Partial<Record<ChainKey['kind'], Uint8Array>>;

export interface Verified {
  /** Lines read (runs recorded). */
  lines: number;
  /** The last line's hash: kept outside the log (a CI output, a ticket), it also shows a removed tail. */
  head: string;
  /** Lines sealed with a key (HMAC) and without one. */
  keyed: number;
  /** The first line that breaks the chain; `keyMissing` when it is keyed and the verifier lacks that key (exit 2, not 1). */
  broken?: { line: number; message: string; keyMissing?: boolean };
}

interface Parsed {
  seq?: unknown;
  alg?: unknown;
  key?: unknown;
  keyCheck?: unknown;
  prev?: unknown;
}

const KEY_NAMES: Record<string, string> = { env: 'PHI_LINT_BASELINE_KEY', config: "the config's baselineKey" };

/**
 * Walks the chain from the first line and stops at the first that does not
 * hold: not a record, edited (its hash does not match its text), or not
 * following the line before it (a line removed, inserted or moved).
 */
export function verifyLines(text: string, keys: VerifyKeys): Verified {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else if (lines.length) return check(lines.slice(0, -1), keys, { line: lines.length, message: 'is cut short (no newline at its end): a run was interrupted while writing, or the file was edited' });
  return check(lines, keys);
}

function check(lines: string[], keys: VerifyKeys, tail?: Verified['broken']): Verified {
  let prev = GENESIS;
  let keyed = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const broken = (message: string, keyMissing = false) => ({ lines: i, head: prev, keyed, broken: { line: n, message, ...(keyMissing ? { keyMissing } : {}) } });
    const split = splitLine(lines[i]);
    let parsed: Parsed | undefined;
    try {
      parsed = split && (JSON.parse(lines[i]) as Parsed);
    } catch {
      parsed = undefined;
    }
    if (!split || !parsed || typeof parsed !== 'object') return broken('is not an audit record (edited, or not written by phi-lint)');
    let key: ChainKey | undefined;
    if (parsed.alg === 'hmac-sha256') {
      const kind = parsed.key === 'env' || parsed.key === 'config' ? parsed.key : undefined;
      const value = kind && keys[kind];
      if (!kind) return broken('names no key it was sealed with (edited)');
      if (!value) return broken(`was sealed with a key (${KEY_NAMES[kind]}); provide it to verify the log`, true);
      if (parsed.keyCheck !== keyCheck(value)) return broken(`was sealed with another key than the ${KEY_NAMES[kind]} given (or its key check was edited)`, true);
      key = { kind, key: value };
      keyed++;
    } else if (parsed.alg !== 'sha256') return broken('names no hash algorithm it was sealed with (edited)');
    if (digest(split.body, key) !== split.hash) return broken(`was edited: its hash does not match its content`);
    if (parsed.prev !== prev) {
      const where = i === 0 ? 'does not start the chain: lines before it were removed' : `does not follow line ${i}: a line was removed, inserted or moved here, or line ${i} was rewritten`;
      return broken(`${where}${typeof parsed.seq === 'number' ? ` (it records run ${parsed.seq})` : ''}`);
    }
    prev = split.hash;
  }
  return { lines: lines.length, head: prev, keyed, ...(tail ? { broken: tail } : {}) };
}
