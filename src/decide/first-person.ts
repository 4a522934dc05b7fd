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
