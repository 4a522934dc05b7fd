import { before, type Rewrite, type Site } from './site.js';

/**
 * Words that label an identifier ("MRN:", "member ID #", "call her at"):
 * removed with it, so no "MRN:" is left pointing at nothing.
 */
const LABEL_WORD =
  /^(?:mrn|ssn|social|security|medical|record|chart|patient|member|subscriber|policy|plan|group|insurance|id|ids|no|nos|num|number|#|account|acct|card|license|licence|lic|plate|vin|serial|device|lot|udi|imei|dob|birth|date|of|phone|tel|cell|mobile|home|fax|email|e-mail|mail|ip|address|rx|prescription|case|claim|npi|dea|handle|profile|url|link|at|on|is|to|her|his|their|reach|call|text|contact|via|and|or)$/i;
/** Of those, the ones that may not start a label on their own ("at 555-0100" keeps "at" only after a verb). */
const WEAK_START = /^(?:of|at|on|is|to|and|or|her|his|their)$/i;

/** The start of the label right before `offset` (the same line), or `offset` when there is none. */
export function labelStart(s: Site, offset = s.finding.offset): number {
  const text = before(s, offset);
  const words = [...text.matchAll(/([\p{L}#-]+)\.?[ \t]*[:#=]?[ \t]*/gu)].filter((m) => m.index + m[0].length <= text.length);
  let start = text.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const m = words[i];
    if (m.index + m[0].length !== start || /\n/.test(m[0]) || !LABEL_WORD.test(m[1])) break;
    start = m.index;
  }
  // A label never starts with a linking word ("of", "and"): give those back.
  let label = text.slice(start);
  while (label && WEAK_START.test(label.split(/[\s:#=]+/)[0])) {
    const first = /^[\p{L}#-]+\.?\s*[:#=]?\s*/u.exec(label);
    if (!first) break;
    label = label.slice(first[0].length);
    start += first[0].length;
  }
  return s.container.offset + start;
}

/**
 * Removes a range, taking one neighbouring space or list comma with it so
 * the sentence reads on ("call 555-0100 today" -> "call today"); a value
 * that is a whole JSON or front-matter value becomes empty.
 */
export function removal(s: Site, from: number, to: number): Rewrite {
  const { source, container } = s;
  if (container.wholeValue && source.slice(container.offset, from).trim() === '' && source.slice(to, container.endOffset).trim() === '') {
    return { offset: container.offset, endOffset: container.endOffset, text: '' };
  }
  const prev = source.slice(container.offset, from);
  const next = source.slice(to, container.endOffset);
  const space = /[ \t]+$/.exec(prev)?.[0].length ?? 0;
  // "Rosa (member #W2281) won": brackets left empty go too.
  const bracket = /[ \t]*\($/.exec(prev)?.[0].length ?? 0;
  if (bracket && next[0] === ')') return { offset: from - bracket, endOffset: to + 1, text: '' };
  // "pain. MRN: 0073914. Please": a removed sentence takes its own full stop.
  if (space && /[.!?][ \t]+$/.test(prev) && /^[.!?]/.test(next)) return { offset: from - space, endOffset: to + 1, text: '' };
  const comma = /^,[ \t]*/.exec(next)?.[0].length ?? 0;
  // "Maria, MRN 0048291, was" -> "Maria was": the commas around a removed aside go with it.
  const open = /,[ \t]*$/.exec(prev)?.[0].length ?? 0;
  if (open && comma) return { offset: from - open, endOffset: to + comma - (/[ \t]$/.test(next.slice(0, comma)) ? 1 : 0), text: '' };
  // "MRN 0073 | SSN 318-..": a list separator after a removed item goes with it.
  const pipe = /^[ \t]*\|[ \t]*/.exec(next)?.[0].length ?? 0;
  if (pipe) return { offset: from, endOffset: to + pipe, text: '' };
  // "Call his wife at 555-0142." -> "Call his wife.": a preposition left before the full stop goes too.
  const preposition = /[ \t]+(?:at|on|to|via)[ \t]+$/i.exec(prev)?.[0].length ?? 0;
  if (preposition && /^(?:[.,;!?]|$)/.test(next)) return { offset: from - preposition, endOffset: to, text: '' };
  if (space && (/^[\s.,;:!?)|]/.test(next) || next === '')) return { offset: from - space, endOffset: to, text: '' };
  const lead = /^[ \t]+/.exec(next)?.[0].length ?? 0;
  return { offset: from, endOffset: to + lead, text: '' };
}

/** "an identifier -> removed with its label". */
export const removeWithLabel = (s: Site): Rewrite => removal(s, labelStart(s), s.finding.endOffset);
