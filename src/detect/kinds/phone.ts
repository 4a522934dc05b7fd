import type { PhoneRuleSpec } from '../../model/rule-spec.js';
import type { Match } from '../../model/types.js';
import { phoneLib } from '../../lib/lazy-modules.js';
import type { RegexEngine } from '../../text/regex.js';
import { makeFilter } from '../../text/words.js';
import { statsOf } from './name-runs.js';
import { isCommon } from '../../lexicons/stats.js';
import { allMatches } from '../../text/all-matches.js';

/**
 * Phone and fax numbers. A cheap regex finds digit runs that could be
 * numbers; libphonenumber-js then finds and validates real ones inside each
 * (running it over a whole post is 20 times slower). Toll-free numbers and
 * numbers the reader is invited to call belong to organisations and are left
 * out (toll-free ones are kept when the rule asks for them).
 */
const CANDIDATE = /[+(]?\d[\d\s().-]{5,22}\d/g;
const TOLL_FREE = /^8(?:00|33|44|55|66|77|88)/;
/** A 7-digit local number ("555-0148"), reported only right after a word that introduces a number. */
const LOCAL = /(?<![\d-])[2-9]\d{2}[-.]\d{4}(?![\d-])/g;
/**
 * "Call 555-0100", "Questions? Call Northfield Hospital at ...", "please text ...": the reader is invited
 * to call, so the number is the organisation's. "Call her daughter at ..." names someone else's, and
 * a label ("phone: ...", "Contact: ...") says whose number it is only through its context.
 */
const INVITATION = /(?:^|[.!?;:\n]\s*|\b(?:please|or|and)\s+)(?:call|text|dial|phone|reach|contact|ring)\b(?!\s*:)(?![^.!?;\n]*\b(?:him|her|them|his|their|son|daughter|mom|dad|wife|husband|family|mother|father)\b)[^.!?;\n]*$/i;
/** "2025-04-12 11:00" in a scheduling field: a date and a time, not a phone number. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}/;
/** "text Sarah Quinlan at 555-0187": the one to call is a person named after the verb, not the reader's organisation. */
const PERSON_OBJECT = /^\s+(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}[\p{L}'’-]+\s+)?(?:at|on)\s/u;
const LOCAL_CUE = /\b(?:call|calls|called|calling|text|texts|phone|cell|mobile|reach|number|tel|dial|fax|faxed|at|on)\b[^.!?\n\d]{0,20}$/i;

export function compilePhone(spec: PhoneRuleSpec, engine: RegexEngine): (text: string) => Match[] {
  const accept = makeFilter(spec, engine);
  return (text) => {
    if (!/\d{3}/.test(text)) return [];
    const out: Match[] = [];
    for (const c of allMatches(text, CANDIDATE)) {
      if (DATE_TIME.test(c[0])) continue;
      const digits = c[0].replace(/\D/g, '').length;
      if (digits < 10 || digits > 15) continue;
      for (const found of phoneLib().findPhoneNumbersInText(c[0], 'US')) {
        if (!spec.tollFree && found.number.countryCallingCode === '1' && TOLL_FREE.test(found.number.nationalNumber)) continue;
        out.push({ start: c.index! + found.startsAt, end: c.index! + found.endsAt });
      }
    }
    if (spec.local) {
      for (const l of allMatches(text, LOCAL)) {
        const m = { start: l.index!, end: l.index! + l[0].length };
        if (out.some((o) => o.start < m.end && m.start < o.end)) continue;
        if (LOCAL_CUE.test(text.slice(Math.max(0, m.start - 30), m.start))) out.push(m);
      }
    }
    const invited = (m: Match) => {
      const lead = text.slice(Math.max(0, m.start - 80), m.start);
      const verb = INVITATION.exec(lead);
      return verb !== null && !namesPersonToCall(verb[0]);
    };
    return out.filter((m) => !invited(m) && accept(text, m)).sort((a, b) => a.start - b.start);
  };
}

/** Whether the invitation's object is a person's first name ("text Sarah Quinlan at"), not an organisation ("call Northfield Hospital at"). */
function namesPersonToCall(invitation: string): boolean {
  const verb = /(?:call|text|dial|phone|reach|contact|ring)\b/i.exec(invitation);
  const object = verb && PERSON_OBJECT.exec(invitation.slice(verb.index + verb[0].length));
  if (!object) return false;
  const stats = statsOf(object[1]);
  return stats.first >= 200 && !isCommon(stats);
}
