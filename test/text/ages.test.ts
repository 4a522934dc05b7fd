import { describe, expect, it } from 'vitest';
import { ageSource } from '../../src/text/ages.js';

describe('ageSource', () => {
  // The regexes the context model and the combo rule wrote out by hand before they shared ageSource:
  // built from it, they must stay the same to the letter.
  it('rebuilds the context model\'s and the combo rule\'s age regexes exactly', () => {
    expect(new RegExp(`(?<!\\w)${ageSource({ shorthand: true })}(?![\\p{L}])`, 'giu').source).toBe(
      /(?<!\w)\d{1,3}(?:[- ](?:years?|yrs?|months?)[- ]old|\s?(?:yo|y\/o|y\.o\.))(?![\p{L}])/giu.source,
    );
    expect(new RegExp(`\\b${ageSource({ weeks: true })}\\b|\\bage[sd]? \\d{1,3}\\b`, 'i').source).toBe(
      /\b\d{1,3}[- ](?:years?|yrs?|months?|weeks?)[- ]old\b|\bage[sd]? \d{1,3}\b/i.source,
    );
    expect(new RegExp(ageSource({ weeks: true }), 'giu').source).toBe(/\d{1,3}[- ](?:years?|yrs?|months?|weeks?)[- ]old/giu.source);
  });

  it('reads ages in words, weeks and short forms only when asked', () => {
    const whole = (options: Parameters<typeof ageSource>[0], text: string) => new RegExp(`^${ageSource(options)}$`, 'i').test(text);
    for (const age of ['41-year-old', '41 years old', '2 yrs old', '6-month-old']) expect(whole({}, age)).toBe(true);
    expect(whole({}, '3-week-old')).toBe(false);
    expect(whole({ weeks: true }, '3-week-old')).toBe(true);
    expect(whole({}, '60yo')).toBe(false);
    for (const age of ['60yo', '45 y/o', '45 y.o.', '7-year-old']) expect(whole({ shorthand: true }, age)).toBe(true);
    expect(whole({ shorthand: true }, '1234-year-old')).toBe(false);
  });
});
