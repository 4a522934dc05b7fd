/**
 * Validators for dates and ages: a match must be a real calendar date, and
 * an age must be over 89 (Safe Harbor allows ages up to 89 on their own).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const okDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN[month - 1];
const okYear = (y: string | undefined) => y === undefined || y.length === 2 || (Number(y) >= 1900 && Number(y) <= 2099);

/** A real calendar date: "7/19/2024", "2024-07-19", "19.07.1988", "3/14", "July 19th", "19 Jul 2024". */
export function date(text: string): boolean {
  const t = text.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (iso) return okYear(iso[1]) && okDay(Number(iso[2]), Number(iso[3]));
  const num = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$/.exec(t);
  if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    // US month/day first; day.month (European) when the first number cannot be a month.
    return okYear(num[3]) && (okDay(a, b) || (num[3] !== undefined && okDay(b, a)));
  }
  const name = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(t);
  if (!name) return false;
  const month = MONTHS.indexOf(name[1].toLowerCase()) + 1;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/i.exec(t.replace(/\b\d{4}\b/, ''));
  const year = /\b(\d{4})\b/.exec(t)?.[1];
  return okYear(year) && (day ? okDay(month, Number(day[1])) : year !== undefined);
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const TENS: Record<string, number> = { twent: 20, thirt: 30, fort: 40, fift: 50, sixt: 60, sevent: 70, eight: 80, ninet: 90 };
const WORD = /\b((?:(?:one|a)[\s-]+)?hundred(?:th)?(?:[\s-]+and)?[\s-]*)?(?:(twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:y|ieth)[\s-]*)?(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)?\b/gi;

/** The first number in the text, in digits ("92") or words ("ninety-two", "one hundred", "hundredth"). */
export function firstNumber(text: string): number | undefined {
  const digits = /\d+/.exec(text);
  let best: { at: number; value: number } | undefined = digits ? { at: digits.index, value: Number(digits[0]) } : undefined;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    if (!m[0].trim()) continue;
    const value = (m[1] ? 100 : 0) + (m[2] ? TENS[m[2]] : 0) + (m[3] ? UNITS[m[3]] : 0);
    if (!best || m.index! < best.at) best = { at: m.index!, value };
    break;
  }
  return best?.value;
}

/** Safe Harbor: ages over 89 (and the oldest ages people reach). */
export function ageOver89(text: string): boolean {
  const n = firstNumber(text);
  // "born 1925": a birth year is an age over 89 when it lies 90 years or more back.
  if (/^born\b/i.test(text)) return n !== undefined && n >= 1850 && n <= new Date().getFullYear() - 90;
  return n !== undefined && n >= 90 && n <= 125;
}
