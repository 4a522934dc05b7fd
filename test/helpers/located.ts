import { LocatedError } from '../../src/lib/errors.js';

/** The `file:line:col: message` problems a call throws, or [] when it succeeds. */
export function locatedProblems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof LocatedError) return err.problems;
    throw err;
  }
  return [];
}
