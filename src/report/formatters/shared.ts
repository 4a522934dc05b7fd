import type { Finding, Problem } from '../../model/types.js';

/** A problem as text reports show it: "LINE:COL: message" (0:0 when the file could not be read at all). */
export const problemText = (p: Problem) => `${p.line}:${p.column}: ${p.message}`;

/**
 * A finding as the one-line reports print it: what was found (the rule's
 * title), why it got its severity (the reason decide/ gave, or the consent
 * record that changed it since) and the (masked) matched text. The guidance
 * on how to fix it is the rule's page (`phi-lint explain <rule>`). A finding
 * without a title (made by hand) falls back to its whole message.
 */
export function describe(f: Finding): string {
  const what = f.title ? f.title + (f.reason ? ` (${f.reason})` : '') : f.message + laterReason(f);
  return what + (f.text ? ` "${f.text}"` : '');
}

/**
 * The message carries the reason decide/ gave; a consent record sets the
 * severity after it ("covered by consent AUTH-7, expires 2027-01-31"). The
 * parts of `reason` the message does not already say are added, so a reader
 * of any format knows why a finding was lowered (or was not).
 */
function laterReason(f: Finding): string {
  const parts = (f.reason ?? '').split('; ').filter((part) => part && !f.message.includes(part));
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** The rule that reports a finding, and the others that found the same span ("identifiers/a (also: identifiers/b)"). */
export function ruleLabel(f: Finding): string {
  const others = (f.rules ?? []).filter((id) => id !== f.ruleId);
  return others.length ? `${f.ruleId} (also: ${others.join(', ')})` : f.ruleId;
}

/**
 * Post-derived text (paths, messages, matched text, problems) as one inert
 * line of a human report. Line breaks become spaces and other control
 * characters U+FFFD, so a post can neither start a line nor send terminal
 * escapes. A CI runner reads workflow commands from every log line (GitHub:
 * `::command::` at the start of a line, `##[command]` anywhere), so both
 * markers get a zero-width space between their characters: they read the
 * same and do nothing.
 */
export function inertLine(text: string): string {
  return text
    .replace(/\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(/::/g, ':\u200B:')
    .replace(/##\[/g, '#\u200B#[');
}

/** XML 1.0 cannot carry most control characters or lone surrogates, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for XML and HTML content and attribute values. A report
 * printed to a CI log is read line by line for workflow commands, so the
 * first character of `::` and `##[` is written as a character reference:
 * the page shows the same text, the log line carries no command.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c])
    .replace(/::/g, '&#58;:')
    .replace(/##\[/g, '&#35;#[');
}

/** JSON text as inertLine's log reader sees it: `##[` only occurs inside strings, where `\u0023` is the same `#`. */
export const inertJson = (json: string) => json.replace(/##\[/g, '#\\u0023[');

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
