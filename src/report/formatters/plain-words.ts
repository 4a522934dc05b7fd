import type { Severity } from '../../model/types.js';

/** Each contract category in plain words, with the HIPAA Safe Harbor identifier it falls under (advice and claims are not PHI). */
const CATEGORIES: Record<string, string> = {
  name: 'a person’s name (HIPAA identifier: names)',
  location: 'a place smaller than a state, such as a street, town, ZIP code or room (HIPAA identifier: geographic subdivisions)',
  date: 'a date tied to a person, such as an admission or birth date (HIPAA identifier: dates)',
  age: 'an age over 89 (HIPAA identifier: ages over 89)',
  phone: 'a phone number (HIPAA identifier: telephone numbers)',
  fax: 'a fax number (HIPAA identifier: fax numbers)',
  email: 'an email address (HIPAA identifier: email addresses)',
  url: 'a web address (HIPAA identifier: URLs)',
  ip: 'an IP address (HIPAA identifier: IP addresses)',
  ssn: 'a Social Security number (HIPAA identifier: SSNs)',
  mrn: 'a medical record number (HIPAA identifier: medical record numbers)',
  'health-plan': 'a health plan member number (HIPAA identifier: health plan beneficiary numbers)',
  account: 'an account number (HIPAA identifier: account numbers)',
  license: 'a certificate or license number (HIPAA identifier: certificate/license numbers)',
  vehicle: 'a vehicle identifier or licence plate (HIPAA identifier: vehicle identifiers)',
  device: 'a device identifier or serial number (HIPAA identifier: device identifiers)',
  biometric: 'a biometric identifier such as a fingerprint or retina scan (HIPAA identifier: biometrics)',
  photo: 'a photo that could show a patient’s face (HIPAA identifier: full-face photos)',
  'other-id': 'another number, code or detail that points to one person (HIPAA identifier: other unique identifiers)',
  'quasi-identifier': 'a combination of details that singles out one patient even without a name',
  'patient-relationship': 'a statement that confirms someone is a patient',
  advice: 'specific medical advice to one person, which belongs in a private conversation with a clinician',
  claim: 'a health claim that is unproven, overstated or against public-health guidance',
  approval: 'a post published without the sign-off your team requires',
};

export function categoryInWords(category: string): string {
  return CATEGORIES[category] ?? `a “${category}” finding`;
}

/** What each severity asks the reader to do. */
export const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Must fix before publishing',
  warning: 'Please check',
  info: 'For your information',
};
