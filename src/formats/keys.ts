import type { Segment, SegmentKind } from '../model/types.js';

/** A decoded string (a key or a value) and the source offset of each of its code units, end included. */
export interface Located {
  text: string;
  map: number[];
}

/** A value short enough to be an identifier and holding a digit: its key is its label ("mrn": "00482913"). */
const LABELLED = /^(?=[^\n]{1,40}$)[^\n]*\d/;
/** A path, URL or file name ("img/ward-2.jpg"): a reference, which its key does not label (media rules read it). */
const REFERENCE = /[A-Za-z][^\s]*[/\\]|\.[A-Za-z][A-Za-z0-9]{1,4}$/;

/**
 * The segment a property name (JSON) or front-matter key is scanned in. A
 * key is text (`{"Jane Doe": ...}` names someone), and it labels a short
 * value: `{"patient_mrn": "00482913"}` is read as "patient MRN: 00482913",
 * so the rules that need a label find the number. Both parts map to their
 * own characters in the file; the value keeps its own segment too
 * (overlapping findings of one category merge).
 */
export function keySegment(key: Located, value: Located | undefined, place: { pointer?: string; kind: SegmentKind }): Segment | undefined {
  if (!key.text.trim()) return undefined;
  const labels = value !== undefined && LABELLED.test(value.text.trim()) && !REFERENCE.test(value.text.trim());
  const label = labels ? spaced(key) : key;
  const text = labels ? `${label.text}: ${value.text}` : key.text;
  let map = key.map;
  if (labels) {
    // ": " sits between the key and the value: it maps to the end of the key (the closing quote).
    const gap = label.map[label.text.length];
    map = [...label.map.slice(0, label.text.length), gap, gap, ...value.map];
  }
  const seg: Segment = { text, kind: place.kind, start: map[0], key: key.text };
  if (place.pointer !== undefined) seg.pointer = place.pointer;
  const linear = map.every((o, i) => o === map[0] + i);
  if (!linear) seg.map = map;
  return seg;
}

/**
 * "patient_mrn", "patient-mrn", "patientMRN" -> "patient MRN": words a label
 * pattern can see. A key without spaces is an identifier: lower-cased (unless
 * all capitals) so its camel-case parts do not read as names, with its short
 * parts in capitals ("patient_dob" -> "patient DOB"); a key with spaces
 * ("Jane Doe") is kept as written.
 */
function spaced(key: Located): Located {
  if (/\s/.test(key.text)) return key;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < key.text.length; i++) {
    const c = key.text[i];
    if (c === '_' || c === '-' || c === '.') {
      text += ' ';
      map.push(key.map[i]);
      continue;
    }
    if (/[A-Z]/.test(c) && /[a-z]/.test(key.text[i - 1] ?? '')) {
      text += ' ';
      map.push(key.map[i]);
    }
    text += c;
    map.push(key.map[i]);
  }
  map.push(key.map[key.text.length]);
  const cased = /[a-z]/.test(text) ? text.toLowerCase() : text;
  // Short parts are abbreviations, which label patterns write in capitals ("dob" -> "DOB").
  return { text: cased.replace(/\b[a-z]{2,3}\b/g, (w) => w.toUpperCase()), map };
}
