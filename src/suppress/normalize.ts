/** Categories whose values compare by their digits: "(617) 555-0100" is "617.555.0100". */
const DIGITS_ONLY = new Set(['phone', 'fax']);

/** "Dr. Anil Mehta" is the allowed "Anil Mehta": a title does not make a name another person. */
const TITLE = /^(?:(?:dr|mr|mrs|ms|mx|miss|prof|rev)\.?\s+)+/;

export const comparesDigits = (category: string): boolean => DIGITS_ONLY.has(category);

/**
 * The comparable form of a matched value, shared by allowlists, consent
 * records and baseline hashes: phones and faxes keep only their digits
 * (without a leading US country code), everything else is case-folded with
 * its white space collapsed.
 */
export function normalizeMatch(text: string, category: string): string {
  if (comparesDigits(category)) {
    const digits = text.replace(/\D/g, '');
    return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  }
  const folded = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return category === 'name' ? folded.replace(TITLE, '') : folded;
}
