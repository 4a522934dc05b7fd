import type { Segment } from '../model/types.js';

/**
 * A byline that names a member of staff: the author field of a post
 * ("author: Dr. Samir Haddad, PharmD", "Lt. Eddie Ramos, Ridgeway Fire
 * Rescue", "Jess Tamura, Community Manager"). The post's "I" is then staff,
 * and the name in it is staff wherever the post repeats it.
 */
export const AUTHOR_KEY = /^(?:author|byline|by|written_?by|writer)$/i;
/** A clinician's title or credential in a byline. */
const STAFF_BYLINE = /(?<![\p{L}])(?:Dr\.|MD|DO|RN|NP|PA-C|PharmD|DDS|DMD|OD|DPT|LCSW|LPC|LMFT|PhD|PsyD|CNM|RDH|DVM|CCLS|IBCLC)(?![\p{L}])/u;
/** A byline with a rank or a job at the organisation: "Lt. Eddie Ramos, Ridgeway Fire Rescue", "Jess Tamura, Community Manager". */
const STAFF_JOB_BYLINE = /^\s*(?:Lt\.|Lieutenant|Capt\.|Captain|Chief|Battalion Chief|Sgt\.|Firefighter|Paramedic|Nurse|Pharmacist)\s+\p{Lu}|,\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Manager|Coordinator|Director|Specialist|Officer|Supervisor|Educator|Navigator|Chaplain|Nurse|Pharmacist|Paramedic|Firefighter|Therapist|Technician|Technologist|Hygienist|Dietitian|Counselor|Liaison|Administrator|Esthetician|Aesthetician|Injector|Assistant|Receptionist|Scheduler|Aide|Midwife|Doula|Optician|Sonographer|Phlebotomist|Interpreter)(?![\p{L}])/u;

export function staffByline(seg: Segment): boolean {
  return seg.key !== undefined && AUTHOR_KEY.test(seg.key) && (STAFF_BYLINE.test(seg.text) || STAFF_JOB_BYLINE.test(seg.text));
}

/** The name words of a staff byline ("Marcus Liang, DPT" -> marcus, liang), lower-cased. */
export function bylineNameWords(seg: Segment): string[] {
  if (!staffByline(seg)) return [];
  const name = seg.text.replace(/^\s*(?:Dr\.|Lt\.|Lieutenant|Capt\.|Captain|Chief|Battalion Chief|Sgt\.|Firefighter|Paramedic|Nurse|Pharmacist)\s+/u, '').split(',')[0];
  return (name.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());
}
