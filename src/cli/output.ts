import { writeFileAtomic } from '../lib/write-file.js';
import type { Severity, Summary } from '../model/types.js';
import type { CliIo } from './io.js';

/** What the CLI writes besides the report itself: where the report goes, why the exit code is 1, progress. */

/**
 * Why a run without errors exits 1, as ESLint says it: too many warnings.
 * Under --quiet the warnings themselves are not shown, so this line is all
 * that explains the exit code.
 */
export function tooManyWarnings(summary: Summary, options: { maxWarnings: number; quiet?: boolean; minSeverity?: Severity }): string[] {
  const { warnings, errors, fatal } = summary;
  if (options.maxWarnings < 0 || warnings <= options.maxWarnings || errors > 0 || fatal > 0) return [];
  const hidden = options.quiet ? ', not shown because of --quiet' : options.minSeverity === 'error' ? ', not shown because of --min-severity error' : '';
  return [`phi-lint: too many warnings (${warnings}, maximum: ${options.maxWarnings}${hidden}): exit code 1\n`];
}

/** `-o` names for the standard streams: written to as streams (opening /dev/stdout fails when it is a socket). */
const STANDARD_STREAMS: Record<string, 'stdout' | 'stderr'> = { '/dev/stdout': 'stdout', '/dev/stderr': 'stderr', '/dev/fd/1': 'stdout', '/dev/fd/2': 'stderr' };

/** Writes the report to `-o` (a file, written atomically) or to stdout; a report in pieces is written in batches of about 64 KB. */
export function writeOutput(output: string | Iterable<string>, outputFile: string | undefined, io: CliIo): void {
  const target = outputFile ?? '/dev/stdout';
  const stream = Object.hasOwn(STANDARD_STREAMS, target) ? STANDARD_STREAMS[target] : undefined;
  const pieces = typeof output === 'string' ? [output] : batches(output);
  if (!stream) return writeFileAtomic(target, pieces, io.cwd);
  for (const piece of pieces) io[stream].write(piece);
}

/** Small pieces joined into writes of about 64 KB: one write per file of a large report would be thousands of calls. */
function* batches(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length < size) continue;
    yield batch.join('');
    batch = [];
    length = 0;
  }
  if (batch.length) yield batch.join('');
}

/** A "files linted" counter on stderr for long runs, only on a terminal and never in CI. */
export function progressLine(io: CliIo): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY || io.env.CI) return undefined;
  let shown = 0;
  return (done, total) => {
    if (total < 50) return;
    const now = Date.now();
    if (done < total && now - shown < 200) return;
    shown = now;
    io.stderr.write(done < total ? `\rphi-lint: ${done}/${total} files` : '\r\x1b[K');
  };
}
