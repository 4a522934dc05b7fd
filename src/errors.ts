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
