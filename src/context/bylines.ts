import type { Segment } from '../model/types.js';

/**
 * A byline that names a member of staff: the author field of a post
 * ("author: Dr. Samir Haddad, PharmD", "Lt. Eddie Ramos, Ridgeway Fire
 * Rescue", "Jess Tamura, Community Manager"). The post's "I" is then staff,
 * and the name in it is staff wherever the post repeats it.
 */
export const AUTHOR_KEY = /^(?:author|byline|by|written_?by|writer)$/i;
/** Clinicians' credentials as written after a name (case kept: "do" is no credential). */
const CREDENTIALS = 'MD|DO|RN|NP|PA-C|PharmD|DDS|DMD|OD|DPT|LCSW|LPC|LMFT|PsyD|CNM|RDH|DVM|CCLS|IBCLC|RT|RRT|RDMS|RVT|CNA|LPN|EMT|RDN|OTR|OT|OTD|ATC|CPhT|MLS|CCC-SLP|SLP|FNP|FNP-C|APRN|CRNA|LCPC|LMHC|LICSW|CADC|CPRS|CPSS|CRSS|CHW|LADC|LCDC';
/** A clinician's title or credential in a byline. */
const STAFF_BYLINE = new RegExp(`(?<![\\p{L}])(?:Dr\\.|${CREDENTIALS}|PhD)(?![\\p{L}])`, 'u');
/** Ranks and titles written before a staff member's name in a byline ("Lt. Eddie Ramos"). */
const RANKS = 'Lt\\.|Lieutenant|Capt\\.|Captain|Chief|Battalion Chief|Sgt\\.|Firefighter|Paramedic|Nurse|Pharmacist';
const TITLE_BEFORE = new RegExp(`^\\s*(?:Dr\\.|${RANKS})\\s+`, 'u');
/** A byline with a rank or a job at the organisation: "Lt. Eddie Ramos, Ridgeway Fire Rescue", "Jess Tamura, Community Manager". */
const STAFF_JOB_BYLINE = new RegExp(`^\\s*(?:${RANKS})\\s+\\p{Lu}|,\\s*(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:Manager|Coordinator|Director|Specialist|Officer|Supervisor|Educator|Navigator|Chaplain|Nurse|Pharmacist|Paramedic|Firefighter|Therapist|Technician|Technologist|Hygienist|Dietitian|Counselor|Liaison|Administrator|Esthetician|Aesthetician|Injector|Assistant|Receptionist|Scheduler|Aide|Midwife|Doula|Optician|Sonographer|Phlebotomist|Interpreter|CEO|CFO|COO|CNO|CMO|President|Vice President|VP|SVP|EVP|Lead|Founder|Owner)(?![\\p{L}])`, 'u');

export function staffByline(seg: Segment): boolean {
  return seg.key !== undefined && AUTHOR_KEY.test(seg.key) && (STAFF_BYLINE.test(seg.text) || STAFF_JOB_BYLINE.test(seg.text));
}

/** The name words of a staff byline ("Marcus Liang, DPT" -> marcus, liang), lower-cased. */
export function bylineNameWords(seg: Segment): string[] {
  if (!staffByline(seg)) return [];
  const name = seg.text.replace(TITLE_BEFORE, '').split(',')[0];
  return (name.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());
}

/** A post written by staff, as it says: a takeover, "Confession from your optometrist", "Personal post from our clinic director". */
const STAFF_WRITER_OPENING = /(?<![\p{L}])(?:(?:staff|peer|nurse|pharmacist|provider|doctor|therapist|clinician|medic|paramedic|midwife)\s+takeover|(?:from|by)\s+(?:your|our)\s+(?:friendly\s+|local\s+|favou?rite\s+|own\s+)?(?:[\p{Lu}]{2,5}\s+)?(?:clinic\s+|medical\s+|practice\s+|nursing\s+)?(?:optometrist|injector|pharmacist|dentist|hygienist|nurse|doctor|therapist|physical therapist|provider|midwife|medic|paramedic|counselor|dietitian|director|founder|owner|CEO|president|physician|surgeon|veterinarian|chief|manager))(?![\p{L}])/iu;
/** "I'm Dr. Naomi Reyes", "Hi, I'm Brianna, NP", "it's Jordan (DPT)", "Hi, I'm Dana Ruiz, charge nurse on our cardiac unit": staff introducing themselves. */
const STAFF_SELF_INTRO = new RegExp(`(?<![\\p{L}])(?:I['’]m|I am|[Ii]t['’]s|[Tt]his is|[Mm]y name is)\\s+(?:Dr\\.\\s+\\p{Lu}|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?:,?\\s*\\(?(?:${CREDENTIALS})(?![\\p{L}])|,\\s+(?:(?:a|an|the|one of (?:the|our)|our|your)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:nurse|pharmacist|paramedic|medic|therapist|hygienist|dentist|doctor|physician|midwife|midwives|technician|tech|aide|counselor|esthetician|optometrist|dietitian|chaplain|embryologist|sonographer|technologist|phlebotomist)s?(?![\\p{L}])))`, 'u');
/** A staff member's sign-off closing a post: "— Priya Raman, RN, Charge Nurse". */
const STAFF_SIGNOFF = new RegExp(`(?:^|\\n)\\s*[—–-]{1,2}\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2},\\s*(?:${CREDENTIALS}|PT|EMT|Paramedic)(?![\\p{L}])[^\\n]*\\s*$`, 'u');

/** A byline line in the body: "*By Andre Wilkes, CPRS*" over a column. */
const STAFF_BODY_BYLINE = new RegExp(`^\\s*[Bb]y\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2},\\s*(?:${CREDENTIALS})(?![\\p{L}])[^\\n]{0,60}$`, 'u');

/** A segment that says staff wrote the post: a staff byline (a field or a line of its own), a takeover or self-introduction in its opening, a staff sign-off at its end. */
export function writtenByStaff(seg: Segment): boolean {
  return staffByline(seg) || STAFF_BODY_BYLINE.test(seg.text) || STAFF_WRITER_OPENING.test(seg.text.slice(0, 400)) || STAFF_SELF_INTRO.test(seg.text.slice(0, 400)) || STAFF_SIGNOFF.test(seg.text.slice(-160));
}
