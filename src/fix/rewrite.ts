import { rewriteAge, rewriteDetail, rewriteHandle, rewriteName, rewriteOldAge } from './people.js';
import { removal, removeWithLabel } from './removal.js';
import { rewriteAdvice, rewriteClaim, rewriteReply } from './sentences.js';
import type { Rewrite, Site } from './site.js';
import { rewriteDate, rewriteSite, rewriteSpot, rewriteTown } from './time-place.js';

type Rewriter = (s: Site) => Rewrite | undefined;

/** The image reference around a finding (`![alt](img/x.jpg "title")`), so a photo goes with its markup. */
function removeImage(s: Site): Rewrite {
  const { source, finding } = s;
  const open = source.lastIndexOf('![', finding.offset);
  const close = source.indexOf(')', finding.endOffset);
  const markup = open >= s.container.offset && close >= 0 && close < s.container.endOffset ? source.slice(open, close + 1) : '';
  if (/^!\[[^\]\n]*\]\([^)\n]*\)$/.test(markup)) return removal(s, open, close + 1);
  return removal(s, finding.offset, finding.endOffset);
}

/**
 * The rewrite for each category, by rule id where a category holds rules
 * that need different words (a city and a room number are both locations).
 * A category missing here has no safe rewrite: its findings stay for a person.
 */
const BY_RULE: Record<string, Rewriter> = {
  'identifiers/age-over-89': rewriteOldAge,
  'identifiers/age-over-89-words': (s) => ({ offset: s.finding.offset, endOffset: s.finding.endOffset, text: '90 or older' }),
  'identifiers/date-of-birth': removeWithLabel,
  'identifiers/city': rewriteTown,
  'identifiers/facility-name': rewriteSite,
  // A care detail is fixed by fixing the identifier beside it, or by a person who rewrites the story.
  'context/care-detail': () => undefined,
  'identifiers/facility-pattern': rewriteSite,
  'identifiers/school': rewriteSite,
  'identifiers/workplace': rewriteSite,
  'identifiers/social-handle': rewriteHandle,
  'identifiers/photo-description': (s) => removal(s, s.finding.offset, s.finding.endOffset),
};

const BY_CATEGORY: Record<string, Rewriter> = {
  name: rewriteName,
  date: rewriteDate,
  age: rewriteAge,
  location: rewriteSpot,
  photo: removeImage,
  'quasi-identifier': rewriteDetail,
  'patient-relationship': rewriteReply,
  advice: rewriteAdvice,
  claim: rewriteClaim,
  phone: removeWithLabel,
  fax: removeWithLabel,
  email: removeWithLabel,
  url: removeWithLabel,
  ip: removeWithLabel,
  ssn: removeWithLabel,
  mrn: removeWithLabel,
  'health-plan': removeWithLabel,
  account: removeWithLabel,
  license: removeWithLabel,
  vehicle: removeWithLabel,
  device: removeWithLabel,
  biometric: removeWithLabel,
  'other-id': removeWithLabel,
};

/** The safe rewrite of one finding, or undefined when its category has none. */
export function rewriteFor(s: Site): Rewrite | undefined {
  const rewriter = (Object.hasOwn(BY_RULE, s.finding.ruleId) ? BY_RULE[s.finding.ruleId] : undefined)
    ?? (Object.hasOwn(BY_CATEGORY, s.finding.category) ? BY_CATEGORY[s.finding.category] : undefined);
  const rewrite = rewriter?.(s);
  // Never outside its container, never smaller than the finding.
  if (!rewrite || rewrite.offset < s.container.offset || rewrite.endOffset > s.container.endOffset) return undefined;
  if (rewrite.offset > s.finding.offset || rewrite.endOffset < s.finding.endOffset) return undefined;
  return rewrite;
}
