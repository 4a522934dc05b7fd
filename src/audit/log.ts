import { readFileSync } from 'node:fs';
import { appendLine, lastLine, withLock } from '../lib/append-line.js';
import { UsageError } from '../lib/errors.js';
import { GENESIS, sealLine, splitLine, type ChainKey } from './chain.js';
import type { AuditRecord } from './record.js';

/**
 * Appends a run's record to the log as the next link of its chain. The
 * last line is read and the new one appended under a lock, so concurrent
 * runs take turns (each line follows exactly one other) and never
 * interleave; the append itself is one O_APPEND write, then fsync.
 * Returns the new line's run number.
 */
export function appendRecord(file: string, record: AuditRecord, key: ChainKey | undefined, display = file): number {
  return withLock(
    file,
    () => {
      const last = lastLine(file);
      let prev = GENESIS;
      let seq = 1;
      if (last) {
        const split = last.complete ? splitLine(last.text) : undefined;
        const before = split && parseOr(last.text);
        if (!split || typeof before?.seq !== 'number') {
          throw new UsageError(`${display} does not end with a complete audit record; nothing was appended (run phi-lint audit verify ${display})`);
        }
        prev = split.hash;
        seq = before.seq + 1;
      }
      appendLine(file, sealLine({ seq, ...record }, prev, key), display);
      return seq;
    },
    display,
  );
}

function parseOr(text: string): { seq?: unknown } | undefined {
  try {
    return JSON.parse(text) as { seq?: unknown };
  } catch {
    return undefined;
  }
}

/** The log's text; a missing log is a usage error (exit 2). */
export function readLog(file: string, display = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `audit log ${display} not found` : `cannot read ${display} (${code ?? (err as Error).message})`);
  }
}
