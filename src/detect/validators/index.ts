import { phoneLib } from '../../lib/lazy-modules.js';
import { ageOver89, date } from './dates.js';
import type { ValidatorName } from '../../model/rule-spec.js';
import { gtin, ipv6, restrictedZip3, surname } from './ids.js';
import { medicine } from './medicine.js';

/**
 * Named validators a pattern rule can require. Each takes the matched text
 * and says whether it is a real identifier of that kind (checksums, number
 * ranges), which is what keeps order numbers and prices out of the report.
 */
type Validator = (text: string) => boolean;

const digitsOf = (text: string) => text.replace(/\D/g, '');

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 1 && sum % 10 === 0;
}

/** SSA rules: no 000, 666 or 9xx area, no 00 group, no 0000 serial. */
function ssn(text: string): boolean {
  const d = digitsOf(text);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

/** NPI: 10 digits, Luhn over the number prefixed with 80840. */
function npi(text: string): boolean {
  const d = digitsOf(text);
  return d.length === 10 && /^[12]/.test(d) && luhn('80840' + d);
}

/** DEA: two letters, seven digits, last digit = (d1+d3+d5 + 2*(d2+d4+d6)) mod 10. */
function dea(text: string): boolean {
  const m = /^[A-Z][A-Z9](\d{7})$/i.exec(text.replace(/[\s-]/g, ''));
  if (!m) return false;
  const n = m[1].split('').map(Number);
  return (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 === n[6];
}

const VIN_VALUES: Record<string, number> = Object.fromEntries(
  'A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9'.match(/../g)!.map((p) => [p[0], Number(p[1])]),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** VIN: 17 characters without I, O, Q, with the North American check digit at position 9. */
function vin(text: string): boolean {
  const v = text.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i];
    sum += (/\d/.test(c) ? Number(c) : VIN_VALUES[c]) * VIN_WEIGHTS[i];
  }
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v[8] === check;
}

function ipv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && !(p.length > 1 && p[0] === '0'));
}

function phone(text: string): boolean {
  return phoneLib().isValidPhoneNumber(text, 'US');
}

/** Medicare Beneficiary Identifier: 11 characters in the CMS position pattern. */
function mbi(text: string): boolean {
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(
    text.replace(/-/g, '').toUpperCase(),
  );
}

export const VALIDATORS: Record<ValidatorName, Validator> = {
  ssn,
  luhn: (t) => luhn(digitsOf(t)),
  npi,
  dea,
  vin,
  ipv4,
  phone,
  // Phone-shaped but not a dialable number (555-123-4567): the phone detector leaves these to a context rule.
  'not-a-valid-phone': (t) => !phone(t),
  mbi,
  date,
  'age-over-89': ageOver89,
  'restricted-zip3': restrictedZip3,
  ipv6,
  gtin,
  surname,
  medicine,
};

