import type { Container } from './container.js';

/** Writing a plain-text rewrite into the file's own syntax. */

/** The replacement as the file must spell it: escaped inside a JSON string, quote rules inside a quoted YAML value. */
export function encode(text: string, container: Container): string {
  if (container.escaped) return JSON.stringify(text).slice(1, -1);
  if (container.quote === "'") return text.replace(/'/g, "''");
  if (container.quote === '"') return text.replace(/["\\]/g, '\\$&');
  return text;
}

/** A run of marks that is not inside a word ("my_photo.jpg" has none). */
const RUN = /(?<![\p{L}\p{N}])[*_~`]+|[*_~`]+(?![\p{L}\p{N}])/gu;

/**
 * Markdown emphasis, strike and code marks inside a replaced range are kept
 * when they would otherwise be left unbalanced: a mark whose partner is
 * outside the range stays (at the start if it opened the range, else at the
 * end), pairs wholly inside go with the text. "**Jane** Doe" -> "**our patient**".
 */
export function keepMarkup(removed: string, replacement: string): string {
  const runs = [...removed.matchAll(RUN)];
  const counts = new Map<string, number>();
  for (const m of runs) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let prefix = '';
  let suffix = '';
  for (const [run, count] of counts) {
    if (count % 2 === 0) {
      // "**Jane** Doe": a pair that wraps part of the range keeps wrapping the replacement.
      const first = runs.find((m) => m[0] === run)!;
      if (first.index === 0 && replacement) {
        prefix += run;
        suffix = run + suffix;
      }
      continue;
    }
    if (runs.find((m) => m[0] === run)!.index === 0) prefix += run;
    else suffix += run;
  }
  return prefix + replacement + suffix;
}
