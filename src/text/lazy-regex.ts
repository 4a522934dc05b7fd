/**
 * A module's constant regex, made on first use. Making a pattern with
 * `\p{...}` classes costs 0.1-0.4 ms (V8 parses it when it is made, and again
 * when it first runs), whether or not a run ever needs it: a module's dozen
 * such constants made at load are a few ms of every one-file start. Also
 * for what holds regexes (a BoundedRegex, leading-boundary.ts).
 */
export function lazyRegex<T extends object = RegExp>(make: () => T): () => T {
  let re: T | undefined;
  return () => (re ??= make());
}
