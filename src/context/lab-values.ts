/**
 * A test and its result, as a health cue: "his INR was right in range at 2.4",
 * "an A1C of 9.1", "LDL of 190", "her sodium was low", "glucose 412". The
 * word lists cannot hold every value.
 */
const TESTS = String.raw`INR|A1C|HbA1c|hemoglobin A1c|LDL|HDL|cholesterol|triglycerides|glucose|blood sugar|sodium|potassium|creatinine|eGFR|GFR|PSA|TSH|hemoglobin|platelets?|white count|WBC|oxygen saturation|O2 sat|sats|blood pressure|BP|heart rate|ferritin|vitamin D|B12|bilirubin|troponin|lactate|viral load|CD4 count`;
const VALUE = String.raw`(?:\d+(?:\.\d+)?(?:\s*(?:/|over)\s*\d+)?\s*(?:%|mg/dl|mmol/l|ng/ml)?|low|high|normal|elevated|dangerously (?:low|high)|off the charts|in range)`;

/** Global: describe.ts finds the first match in each sentence in one pass. */
export const LAB_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:${TESTS})(?![\p{L}])\s*(?:(?:was|is|came back|had dropped|had risen|dropped|rose|went|finally|right|of|at|to|:|=)\s+){0,4}(?:(?:finally|right|back|in|down|up)\s+){0,2}${VALUE}(?![\p{L}\d])`,
  'giu',
);
