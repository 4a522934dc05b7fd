import { createHash, createHmac } from 'node:crypto';
import { keyCheck } from '../suppress/baseline-file.js';

/**
 * The audit log's hash chain. Each line is a JSON object whose last two
 * fields are `prev` (the previous line's hash) and `hash`: the SHA-256 of
 * the line's text up to `hash`, or its HMAC-SHA256 under the baseline's key
 * when one is set (PHI_LINT_BASELINE_KEY or the config's baselineKey). An
 * edited line no longer matches its hash; a removed, inserted or moved line
 * no longer follows its predecessor. Without a key anyone can recompute the
 * chain, so it shows accidents and careless edits; with a key kept out of
 * the repository, only the key's holder can write a line that verifies.
 */

/** `prev` of the first line. */
export const GENESIS = '0'.repeat(64);

export interface ChainKey {
  /** Where the key comes from, as the baseline says it: the environment or the config's baselineKey. */
  kind: 'env' | 'config';
  key: Uint8Array;
}

/** Fields the chain adds after a record's own. */
export interface Sealed {
  alg: 'sha256' | 'hmac-sha256';
  key?: ChainKey['kind'];
  keyCheck?: string;
  prev: string;
  hash: string;
}

export const digest = (body: string, key?: ChainKey): string =>
  key ? createHmac('sha256', key.key).update(body).digest('hex') : createHash('sha256').update(body).digest('hex');

/** One line of the log: the record, then the chain fields, `hash` last. */
export function sealLine(record: object, prev: string, key?: ChainKey): string {
  const chain = key ? { alg: 'hmac-sha256', key: key.kind, keyCheck: keyCheck(key.key) } : { alg: 'sha256' };
  const body = JSON.stringify({ ...record, ...chain, prev });
  return `${body.slice(0, -1)},"hash":"${digest(body, key)}"}`;
}

const HASH_FIELD = /,"hash":"([0-9a-f]{64})"\}$/;

/** A line split into the text its hash covers and the hash it claims; undefined when it has no hash field at its end. */
export function splitLine(line: string): { body: string; hash: string } | undefined {
  const m = HASH_FIELD.exec(line);
  return m ? { body: `${line.slice(0, m.index)}}`, hash: m[1] } : undefined;
}
