/**
 * Errors a user can cause and fix. The CLI catches them in one place and
 * prints their lines without a stack trace, then exits 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One or more located problems, each printed as `file:line:col: message`. */
export class LocatedError extends UsageError {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function located(file: string, line: number, column: number, message: string): string {
  return `${file}:${line}:${column}: ${message}`;
}

/**
 * What the CLI prints for an error that ends the run (then it exits 2): a
 * user mistake in one line, a bug as a short report. A bug's message and
 * stack may quote the scanned text (PHI), so they are shown only when the
 * user asked for unmasked output.
 */
export function errorReport(err: unknown, showDetails: boolean): string {
  if (err instanceof LocatedError) return err.problems.map((p) => `phi-lint: ${p}\n`).join('');
  if (err instanceof UsageError) return `phi-lint: ${err.message}\n`;
  const e = err instanceof Error ? err : new Error(String(err));
  const frame = (e.stack ?? '')
    .split('\n')
    .filter((line) => !line.includes('node_modules'))
    .map((line) => /[\\/]((?:dist|src)[\\/][^\s():]+:\d+:\d+)/.exec(line)?.[1])
    .find(Boolean);
  const head = `phi-lint: internal error (${e.name}${frame ? ` at ${frame}` : ''}): this is a bug in phi-lint; please report it with the command you ran.\n`;
  if (showDetails) return head + `${e.stack ?? e.message}\n`;
  return head + 'phi-lint: the details may quote your text, so they are hidden; rerun with --no-mask to see them.\n';
}
