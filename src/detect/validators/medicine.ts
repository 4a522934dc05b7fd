import { isDrugName } from '../../lexicons/drug-names.js';

/**
 * Words for a medicine in general: a directive about one of these ("stop
 * your statin", "skip the antibiotics") is about a treatment even without
 * a drug name.
 */
const MEDICINE_WORDS = new Set(
  [
    'med', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'pill', 'pills', 'tablet', 'tablets',
    'capsule', 'capsules', 'dose', 'doses', 'dosage', 'prescription', 'prescriptions', 'antibiotic', 'antibiotics',
    'statin', 'statins', 'steroid', 'steroids', 'antidepressant', 'antidepressants', 'antihistamine', 'antihistamines',
    'painkiller', 'painkillers', 'inhaler', 'inhalers', 'cream', 'ointment', 'gel',
    'drops', 'thinner', 'thinners', 'supplement', 'supplements', 'birth control',
  ],
);

/**
 * The match ends with a medicine: a drug name from data/lexicons/drugs.txt
 * (its last one to three words, "metronidazole", "children's motrin") or a
 * word for medicine ("meds", "statin", "blood thinner"). A pattern stops its
 * match at the object of a directive ("stop the tretinoin"), so the last
 * words are what the directive is about.
 */
export function medicine(text: string): boolean {
  const words = text.toLowerCase().replace(/[’]/g, "'").split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, '')).filter(Boolean);
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const tail = words.slice(-n).join(' ');
    if (isDrugName(tail) || MEDICINE_WORDS.has(tail)) return true;
  }
  return false;
}
