/** Who speaks in the first person: a testimonial, a staff member's own words. */

/** Inside a quotation opened in the sentence before `at` and spoken in the first person ("I", "my"). */
export function inFirstPersonQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0 || before.slice(0, open).split(/["“”]/).length % 2 === 0 || /[”]/.test(before.slice(open + 1))) return false;
  return FIRST_PERSON.test(text.slice(open + 1));
}
/** "I", "my", "me" in a sentence about health: someone speaking of their own care. */
// "My neighbor started compressions": a sentence may open on "My" or "Me".
export const FIRST_PERSON_CARE = /(?<![\p{L}])(?:I|[Mm]y|[Mm]e|I['’]ve|I['’]m|I['’]d)(?![\p{L}])/u;
export const FIRST_PERSON = /(?<![\p{L}])(?:I|I['’]ve|I['’]m|I['’]d|[Mm]y|[Mm]e|[Mm]yself)(?![\p{L}])/u;

/** A writer who says they are staff: "as a nurse", "I'm also a licensed esthetician", "I've been a hospice nurse". */
export const WRITER_IS_STAFF = /(?<![\p{L}])(?:as\s+(?:a|an|your)|I['’]m\s+(?:also\s+)?(?:a|an|your)|I\s+am\s+(?:also\s+)?(?:a|an|your)|I(?:['’]ve|\s+have)\s+been\s+(?:a|an)|I\s+(?:work|worked)\s+as\s+(?:a|an))\s+(?:[\p{L}-]+\s+){0,3}?(?:nurse|pharmacist|doctor|physician|hygienist|paramedic|emt|medic|therapist|midwife|dentist|technician|tech|aide|counselor|chaplain|veterinarian|optometrist|provider|esthetician|aesthetician|injector|peer (?:recovery |support )?specialist|recovery specialist|case manager|social worker|nurse practitioner)s?(?![\p{L}])/iu;

/** "I'm Dani", "Hi, I am Ron Beck", "my name is Ana": the name at `start` is the writer's own. */
const SELF_INTRO_BEFORE = /(?<![\p{L}])(?:I['’]m|I am|my name is)\s+$/iu;
export const introducesSelf = (text: string, start: number): boolean => SELF_INTRO_BEFORE.test(text.slice(Math.max(0, start - 16), start));
