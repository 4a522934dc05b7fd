import type { Finding } from '../model/types.js';
import { compileRegex, RegexSyntaxError } from '../text/regex.js';
import { comparesDigits, normalizeMatch } from './normalize.js';

/** One allowed value, as a config's `allow:` entry gives it (exactly one of value, regex, domain). */
export interface AllowEntry {
  value?: string;
  /** Matched against the whole matched text; `/source/flags` or a bare source. */
  regex?: string;
  /** An e-mail address or URL on this domain or one of its subdomains. */
  domain?: string;
  /** Only for these rules (default: every rule). */
  rules?: string[];
}

/**
 * True when a finding is an allowed value (the organisation's own name, phone, domain...);
 * `which` tells the index of the first entry that allows it (-1 for none), for the audit log.
 */
export type AllowTest = ((finding: Finding, source: string) => boolean) & { which?: (finding: Finding, source: string) => number };

/** Flags an allow regex may carry: `i`, `s` and `m` change matching; `g`, `y` and `u` change nothing for a whole-value test. */
const RE2_FLAGS: Record<string, string> = { i: '', s: 's', m: 'm', g: '', y: '', u: '' };

/**
 * `/source/flags` or a bare source; either way it must match the WHOLE
 * matched text, so `Mehta` does not allow every "... Mehta". Config files
 * are user input like user packs, so the regex runs on RE2 (linear time: a
 * careless `([\w.@-]+)+!` cannot hang CI); one RE2 cannot run, or an
 * unknown flag, throws a RegexSyntaxError with the reason.
 */
export function parseRegex(spec: string): { test(text: string): boolean } {
  const slashed = /^\/(.+)\/([a-z]*)$/s.exec(spec);
  const [source, flags] = slashed ? [slashed[1], slashed[2]] : [spec, ''];
  const unknown = [...flags].find((f) => !Object.hasOwn(RE2_FLAGS, f));
  if (unknown) throw new RegexSyntaxError(`unknown flag "${unknown}" (allowed: i, s, m)`);
  const inline = [...new Set([...flags].map((f) => RE2_FLAGS[f]).filter(Boolean))].join('');
  const re = compileRegex(`${inline ? `(?${inline})` : ''}^(?:${source})$`, { ignoreCase: flags.includes('i'), engine: 're2' });
  return { test: (text) => re.test(text) };
}

/** The host of an e-mail address or URL, lower-cased; undefined for anything else. */
function hostOf(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  if (at >= 0) return text.slice(at + 1).toLowerCase();
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `http://${text}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The allowed value occurs in the source around the finding and covers it ("Westside" in "Westside Clinic"). */
function coveredInSource(value: string, f: Finding, source: string): boolean {
  const from = Math.max(0, f.offset - value.length);
  const hay = source.slice(from, f.endOffset + value.length).toLowerCase();
  const needle = value.toLowerCase();
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (from + i <= f.offset && from + i + needle.length >= f.endOffset) return true;
  }
  return false;
}

function compileEntry(entry: AllowEntry): AllowTest {
  const rules = entry.rules && new Set(entry.rules);
  const inScope = (f: Finding) => !rules || rules.has(f.ruleId);
  if (entry.regex !== undefined) {
    const re = parseRegex(entry.regex);
    return (f) => inScope(f) && re.test(f.text);
  }
  if (entry.domain !== undefined) {
    const domain = entry.domain.toLowerCase().replace(/^@|^\.|\.$/g, '');
    return (f) => {
      const host = hostOf(f.text);
      return inScope(f) && host !== undefined && (host === domain || host.endsWith(`.${domain}`));
    };
  }
  const value = entry.value!;
  return (f, source) =>
    inScope(f) &&
    (normalizeMatch(f.text, f.category) === normalizeMatch(value, f.category) ||
      (!comparesDigits(f.category) && coveredInSource(value, f, source)));
}

/** One test for a whole allowlist: any entry allowing the finding is enough. */
export function compileAllowlist(entries: AllowEntry[]): AllowTest {
  const tests = entries.map(compileEntry);
  const which = (f: Finding, source: string) => tests.findIndex((t) => t(f, source));
  return Object.assign((f: Finding, source: string) => which(f, source) >= 0, { which });
}

/** An allowed value is never reported. */
export function applyAllowlist(findings: Finding[], source: string, allowed: AllowTest): Finding[] {
  return findings.filter((f) => !allowed(f, source));
}
