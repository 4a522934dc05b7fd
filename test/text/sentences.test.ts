import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_STOP, endsAbbreviation, LINE_SENTENCE_END, sentenceAround, type Span, splitSentences } from '../../src/text/sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('splits as it did when its emoji boundary tried the lookbehind first (before it was made faster)', () => {
    // The previous splitSentences, as a reference.
    const reference = (text: string): Span[] => {
      const spans: Span[] = [];
      let start = 0;
      // The line and label boundaries as they are today (they came later); only the emoji boundary is the old one.
      const boundary = /[.!?…]+["')\]]*(?=\s)|\n\s*\n|\r\n\s*\r\n|\n(?=\s*(?:[-*+•]|\d+[.)]|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|[A-Z][A-Z\d /&-]{1,24}:|[A-Z][A-Z\d /&.'-]{1,30}(?:,\s*[A-Z][A-Za-z.-]{1,8})*(?:\s*\([^)\n]{1,60}\))?:|[A-Z][a-z]+(?: [A-Za-z]+){0,3}:)\s)|\n(?=[ \t]*\[)|(?<=\])[ \t]*\n|(?<=[^\s.!?…]\s*)\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\s]*?(?=\s+\p{Lu})/gu;
      for (const m of text.matchAll(boundary)) {
        const end = m.index! + m[0].length;
        if (/^[.]$/.test(m[0]) && /(?:^|[\s(])(?:mr|dr|[a-z])\.$/i.test(text.slice(Math.max(start, end - 8), end))) continue;
        if ((/…|\.\.\./.test(m[0]) || m[0].endsWith(')')) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
        if (end > start) spans.push({ start, end });
        start = end;
      }
      if (start < text.length) spans.push({ start, end: text.length });
      return spans;
    };
    const pieces = fc.constantFrom('a', 'B', ' ', '\n', '.', '!', '…', '🌿', '👍🏽', '❤️', '\u200d', 'Thank', '"', ')', '\t', '-', '1.', 'AB:', '©', 'Dr.', '[', ']', ', RN', '(x)');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (p) => {
        const text = p.join('');
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('ends a sentence at an emoji before a capital, but keeps an emoji after a stop with its own sentence', () => {
    expect(sentences('A new bench outside our house 🌿 Thank you to the Reyes family.')).toEqual(['A new bench outside our house 🌿', 'Thank you to the Reyes family.']);
    expect(sentences('Meet Koda! 🐺 This husky is 4.')).toEqual(['Meet Koda!', '🐺 This husky is 4.']);
    expect(sentences('So proud 💙💙 of you')).toEqual(['So proud 💙💙 of you']);
  });

  it('reads a stop inside a parenthesis before a lower-case word as an aside', () => {
    expect(sentences('Mr. P (yes, of P Diner!) got to the ER in time. He is home.')).toEqual(['Mr. P (yes, of P Diner!) got to the ER in time.', 'He is home.']);
    expect(sentences('We opened (finally!) Then we rested.')).toEqual(['We opened (finally!)', 'Then we rested.']);
  });

  it('splits on end punctuation but not after titles', () => {
    expect(sentences('Mr. Lindqvist went home. Dr. Mehta waved! Was it fun? Yes')).toEqual([
      'Mr. Lindqvist went home.',
      'Dr. Mehta waved!',
      'Was it fun?',
      'Yes',
    ]);
  });

  it('a blank line or a list item always ends a sentence', () => {
    expect(sentences('Heading without stop\n\nNext part\n- item one\n- item two')).toEqual([
      'Heading without stop',
      'Next part',
      '- item one',
      '- item two',
    ]);
  });
});

it('an ellipsis before a lower-case word is a pause; a Spanish title is no sentence end', () => {
  const text = 'Thanks to one very… social bartender. ¡Felicidades a la Sra. Rosa Paredes! Wait... What?';
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
    'Thanks to one very… social bartender.',
    '¡Felicidades a la Sra. Rosa Paredes!',
    'Wait...',
    'What?',
  ]);
});

describe('sentenceAround', () => {
  // The two hand-written cuts sentenceAround replaced (text/words.ts windowAround, detect/kinds/name.ts): it must cut as they did.
  const OLD_END = /(?<!\b(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|[Nn]o|Jr|Sr|[Aa]pt|[Ss]te|Ave|Rd|Blvd|vs|etc|[ap]\.m))[.!?]+(?=\s)|\n/g;
  function oldWindow(text: string, m: Span, from: number, to: number): string {
    let before = text.slice(from, m.start);
    for (const e of before.matchAll(OLD_END)) before = text.slice(from + e.index! + e[0].length, m.start);
    let after = text.slice(m.end, to);
    const cut = after.search(OLD_END);
    if (cut >= 0) after = after.slice(0, cut);
    return before + text.slice(m.start, m.end) + after;
  }
  function oldNlpSentence(text: string, m: Span): Span {
    const start = Math.max(text.slice(0, m.start).search(/[^.!?\n]*$/), 0);
    const rest = text.slice(m.end).search(/[.!?\n]/);
    return { start, end: rest < 0 ? text.length : m.end + rest + 1 };
  }
  const pieces = fc.constantFrom('Dr', 'Mr', 'no', 'a', 'p', 'm', 'Ave', 'etc', 'word', 'X', '4', '.', '..', '!', '?', ' ', '  ', '\n', '\r\n', '…', '"', 'ſ');
  const textAndSpan = fc
    .array(pieces, { maxLength: 30 })
    .map((p) => p.join(''))
    .chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length), fc.integer({ min: 1, max: 50 })));

  it('cuts a window as windowAround did', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, a, b, window]) => {
        const m = { start: Math.min(a, b), end: Math.max(a, b) };
        const from = Math.max(0, m.start - window);
        const to = Math.min(text.length, m.end + window);
        const s = sentenceAround(text, m, LINE_SENTENCE_END, { from, to });
        expect(text.slice(s.start, s.end)).toBe(oldWindow(text, m, from, to));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the NLP model\'s sentence as name.ts did', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, a, b]) => {
        const m = { start: Math.min(a, b), end: Math.max(a, b) };
        expect(sentenceAround(text, m, ANY_STOP, { keepEnd: true })).toEqual(oldNlpSentence(text, m));
      }),
      { numRuns: 5000 },
    );
  });

  it('stops at a line break and at a stop that is no abbreviation', () => {
    const text = 'Open 9 a.m. to noon. Dr. Mehta saw Anna today!\nCall us.';
    const m = { start: text.indexOf('Anna'), end: text.indexOf('Anna') + 4 };
    const s = sentenceAround(text, m, LINE_SENTENCE_END);
    expect(text.slice(s.start, s.end)).toBe(' Dr. Mehta saw Anna today');
    const n = sentenceAround(text, m, ANY_STOP, { keepEnd: true });
    expect(text.slice(n.start, n.end)).toBe(' Mehta saw Anna today!');
  });
});

it('"esp." is no sentence end', () => {
  const text = 'New protocols in elderly pts, esp. those like Mr. John D. who came in on Monday.';
  expect(splitSentences(text)).toHaveLength(1);
});

it('a script label at the start of a line starts a sentence: "FRAME 2:", "VO:"', () => {
  const text = 'IG STORY — Summit PT\nFRAME 1: First 5K since her knee replacement\nVO: So proud of Bev';
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['IG STORY — Summit PT', 'FRAME 1: First 5K since her knee replacement', 'VO: So proud of Bev']);
});

it('a speaker with credentials or a job, and a direction on its own line, start sentences', () => {
  const text = '[SHOT 3 — Chris seated, b-roll of his hands]\nCHRIS DOLAN, LCSW (Outpatient Therapist): I had my first panic attack at 24';
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['[SHOT 3 — Chris seated, b-roll of his hands]', 'CHRIS DOLAN, LCSW (Outpatient Therapist): I had my first panic attack at 24']);
});

describe('endsAbbreviation', () => {
  const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|dra|st|jr|sr|sra|srta|prof|esp|approx|incl|rev|hon|no|vs|etc|e\.g|i\.e|a\.m|p\.m|dept|apt|ste|ave|blvd|rd|ft|mt|[a-z])\.$/i;

  it('reads a stop after an abbreviation or a single letter', () => {
    expect(endsAbbreviation('See Dr.', 0, 7)).toBe(true);
    expect(endsAbbreviation('(approx.', 0, 8)).toBe(true);
    expect(endsAbbreviation('Sadr.', 0, 5)).toBe(false);
    expect(endsAbbreviation('Sadr.', 3, 5)).toBe(true);
    expect(endsAbbreviation('ée.', 0, 3)).toBe(false);
  });

  it('answers as the regex does on the slice', () => {
    const chars = fc.constantFrom('a', 'M', 'r', 's', 'D', 'x', 'e', '.', 'g', ' ', '(', '\u00a0', 'é', 'K', 'ſ', 'p', 'o', 'v', '1', 'apprOx', 'blvd', 'Srta', 'i.e');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 8 }), fc.nat(10), (cs, cut) => {
        const text = cs.join('') + '.';
        const from = Math.max(0, Math.min(cut, text.length - 1), text.length - 8);
        expect(endsAbbreviation(text, from, text.length)).toBe(ABBREVIATION.test(text.slice(from)));
      }),
      { numRuns: 5000 },
    );
  });
});
