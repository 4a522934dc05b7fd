import { loadList } from '../lexicons/files.js';

/**
 * Drug names as a health cue. Many brand names are everyday words, so a
 * drug counts only where the sentence says someone takes it: "taking
 * metformin", "prescribed Eliquis", "20 mg of prednisone", "insulin 10 units".
 */
let drugs: Set<string> | undefined;

const TAKING = /\b(?:taking|takes|took|on|prescribed|started|starting|stopped|switched to|dose of|doses of|mg of|injections? of|course of|infusions? of)\s+([\p{L}][\p{L}-]{3,})/giu;
const DOSED = /\b([\p{L}][\p{L}-]{3,})\s+\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units?|iu)\b/giu;

export function findDrug(text: string): { word: string; start: number } | undefined {
  drugs ??= new Set(loadList('drugs').map((d) => d.toLowerCase()));
  for (const re of [TAKING, DOSED]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (drugs.has(m[1].toLowerCase())) return { word: m[1], start: m.index! + m[0].indexOf(m[1]) };
    }
  }
  return undefined;
}
