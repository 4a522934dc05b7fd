/**
 * A person's age in words ("41-year-old", "6 months old", "60yo"): one
 * pattern for every module that reads ages, so a new spelling is added once.
 * Callers add their own boundaries and flags (their regexes differ in what
 * may stand around an age and in their `g`/`u` flags), so this is regex
 * source, not a RegExp: a shared global RegExp would also share `lastIndex`.
 */
export interface AgeOptions {
  /** Weeks count as a unit ("3-week-old"). */
  weeks?: boolean;
  /** The short forms "60yo", "45 y/o", "45 y.o." count too. */
  shorthand?: boolean;
}

/**
 * Regex source for one to three digits and a unit of age: "41-year-old",
 * "41 years old", "2 yrs old", "6-month-old", with `weeks` "3-week-old",
 * with `shorthand` "60yo", "45 y/o". It has no boundaries and no top-level
 * alternative, so a caller may put anything before and after it.
 */
export function ageSource({ weeks = false, shorthand = false }: AgeOptions = {}): string {
  const inWords = `[- ](?:years?|yrs?|months?${weeks ? '|weeks?' : ''})[- ]old`;
  return shorthand ? `\\d{1,3}(?:${inWords}|\\s?(?:yo|y\\/o|y\\.o\\.))` : `\\d{1,3}${inWords}`;
}
