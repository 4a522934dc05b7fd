import type { Segment } from '../model/types.js';

/**
 * The organisation that sends the post, as the post itself names it: the
 * value of a sender's field (front matter or JSON `org`, `clinic`, `page`,
 * ...), its own hashtags and handles ("#HarborHospice", "@GoldenValleyHospice")
 * and the names of its web and mail domains ("hr@harmonyspringsfh.example.org").
 * Naming the sender adds nothing about a patient that publishing the post does
 * not already say, so its name is its own site, not where someone was found.
 */

/** Fields that hold who sends or publishes the post. */
const SENDER_KEYS = /^(?:org|organi[sz]ation|org_name|clinic|practice|hospital|agency|page|account|brand|publisher|sender|from|site_name|business|company|client|newsletter|publication|plan|health_plan|insurer|payer|pharmacy|system|health_system)$/i;
/** A sign-off line: "— Nicole Brandt, FNP-C | CareLink Virtual Health"; its parts name the writer and where they work. */
const SIGN_OFF = /^[ \t]*[—–][ \t]*(\p{Lu}[^\n,|]{2,60}[,|][^\n]{2,120})$/gmu;
const HASHTAG_OR_HANDLE = /(?<![\p{L}\p{N}_])[#@]([\p{L}\p{N}_]{4,})/gu;
/** A part of a sign-off that is a proper name only ("CareLink Virtual Health"), not a clause ("whose mom was treated at ..."). */
const PROPER_PART = /^\s*\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of|and|the|&|\p{Lu}[\p{L}\p{N}'’.&-]*)){0,5}\s*$/u;
/** A host name's labels before the public suffix: "harmonyspringsfh" in "harmonyspringsfh.example.org/jobs". */
const DOMAIN = /(?<![\p{L}\p{N}.-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+)(?:org|com|net|health|care|us|edu)(?![\p{L}\p{N}-])/giu;
/** Shorter keys and forms ("mercy", "hsfh") say too little to tell one organisation's name from another's. */
const MIN_KEY = 6;

const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

/** What the post calls itself, folded to letters and digits. */
export function ownOrgKeys(segments: readonly Segment[]): string[] {
  const keys = new Set<string>();
  for (const seg of segments) {
    if (seg.key && SENDER_KEYS.test(seg.key) && seg.text.length <= 120) keys.add(fold(seg.text));
    for (const m of seg.text.matchAll(HASHTAG_OR_HANDLE)) keys.add(fold(m[1]));
    for (const m of seg.text.matchAll(SIGN_OFF)) for (const part of m[1].split(/[|,·•]/)) if (PROPER_PART.test(part)) keys.add(fold(part));
    for (const m of seg.text.matchAll(DOMAIN)) for (const label of m[1].split('.')) if (label && label !== 'example') keys.add(fold(label));
  }
  return [...keys].filter((k) => k.length >= MIN_KEY);
}

/**
 * The ways a name may be written as one word: whole ("harborhospice"), or its
 * last words cut to initials ("harmonyspringsfh" for "Harmony Springs Family
 * Health"), keeping at least its first word whole.
 */
export function joinedForms(name: string): string[] {
  const words = name.split(/[^\p{L}\p{N}]+/u).map(fold).filter(Boolean);
  const forms: string[] = [];
  for (let whole = words.length; whole >= 1; whole--) forms.push(words.slice(0, whole).join('') + words.slice(whole).map((w) => w[0]).join(''));
  return forms;
}

/**
 * Whether a facility name is the sender's own: a sender's field that is the
 * name or holds it, or a hashtag, handle or domain written as the name
 * (possibly with more around it: "#HarborHospiceCares").
 */
export function isOwnOrgName(name: string, keys: readonly string[]): boolean {
  if (!keys.length) return false;
  const whole = fold(name);
  if (whole.length < MIN_KEY) return false;
  // Initials are matched whole ("harmonyspringsfh"), the full name also with more after it ("harborhospicecares").
  const short = joinedForms(name).slice(1).filter((f) => f.length >= MIN_KEY);
  return keys.some((k) => k.includes(whole) || short.includes(k));
}
