import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/text/fold.js';

/** The original text under a folded span, through `origin`. */
function original(text: string, from: number, to: number): string {
  const { origin } = foldForMatching(text);
  return origin ? text.slice(origin[from], origin[to]) : text.slice(from, to);
}

describe('foldForMatching', () => {
  it('leaves text with nothing to fold as it is, without a map', () => {
    expect(foldForMatching('Call 555-0142 — ask for Jane.')).toEqual({ text: 'Call 555-0142 — ask for Jane.' });
    expect(foldForMatching('Café, naïve, 🎉')).toEqual({ text: 'Café, naïve, 🎉' });
  });

  it('folds Unicode hyphens always and dashes next to digits', () => {
    expect(foldForMatching('123\u201045\u20116789').text).toBe('123-45-6789');
    expect(foldForMatching('123\u201345\u20146789 and 1\u22122 and \uff0d').text).toBe('123-45-6789 and 1-2 and -');
    // A dash in prose keeps its meaning.
    expect(foldForMatching('Jane\u2014our nurse\u20131').text).toBe('Jane\u2014our nurse-1');
  });

  it('removes invisible characters and folds Unicode spaces', () => {
    expect(foldForMatching('123\u00ad-45-67\u200b89\u200c\u200d\u2060\ufeff').text).toBe('123-45-6789');
    expect(foldForMatching('123\u00a045\u202f6789\u2007x').text).toBe('123 45 6789 x');
  });

  it('drops styling marks (underline, strikethrough, keycaps) and any mark after a digit, but keeps accents', () => {
    expect(foldForMatching('1\u03322\u03323\u0332-4\u03365\u0336').text).toBe('123-45');
    expect(foldForMatching('1\ufe0f\u20e32\ufe0f\u20e3').text).toBe('12');
    expect(foldForMatching('J\u0336a\u0336n\u0336e\u0336').text).toBe('Jane');
    // A decomposed accent after a letter is text, not a disguise: nothing to fold.
    expect(foldForMatching('Jose\u0301 Rene\u0301e')).toEqual({ text: 'Jose\u0301 Rene\u0301e' });
  });

  it('folds every kind of decimal digit, fullwidth and styled letters', () => {
    expect(foldForMatching('\uff11\uff12\uff13 \u0664\u0665 \u0967\u0968 \u{1d7d1}\u{1d7ce}').text).toBe('123 45 12 30');
    expect(foldForMatching('\uff2d\uff32\uff2e\uff03 \u{1d40c}\u{1d411}\u{1d40d}').text).toBe('MRN# MRN');
  });

  it('maps every folded unit back to the original text', () => {
    const text = 'SSN \u{1d7cf}23\u00ad\u201045\u200b-6789.';
    const folded = foldForMatching(text);
    expect(folded.text).toBe('SSN 123-45-6789.');
    expect(folded.origin).toHaveLength(folded.text.length + 1);
    expect(original(text, 4, 15)).toBe('\u{1d7cf}23\u00ad\u201045\u200b-6789');
    expect(folded.origin!.at(-1)).toBe(text.length);
  });
});
