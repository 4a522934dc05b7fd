import { describe, expect, it } from 'vitest';
import { cueLists } from '../../src/lexicons/cue-lists.js';
import { careAfter, describeSpans, firstInEachSpan } from '../../src/context/describe.js';
import { splitSentences } from '../../src/text/sentences.js';

describe('firstInEachSpan', () => {
  const spans = [
    { start: 0, end: 10 },
    { start: 10, end: 20 },
    { start: 20, end: 30 },
  ];

  it('gives the first match of each span with span-relative offsets', () => {
    const text = 'ab cat cat' + 'xx dog  yy' + 'cat.......';
    const cues = firstInEachSpan(/cat|dog/g, text, spans);
    expect(cues).toEqual([{ word: 'cat', start: 3 }, { word: 'dog', start: 3 }, { word: 'cat', start: 0 }]);
  });

  it('never lets a cue run past its span: a crossing match is looked for inside the span alone', () => {
    const text = 'one two th' + 'ree four  ' + '..........';
    // "three" crosses the first boundary; inside span 0 only "two" fits the pattern.
    const cues = firstInEachSpan(/two three|two|four/g, text, spans);
    expect(cues).toEqual([{ word: 'two', start: 4 }, { word: 'four', start: 4 }, undefined]);
  });

  it('skips matches the accept function turns down', () => {
    const cues = firstInEachSpan(/\w+/g, 'aa bb cc d' + 'ee ff gg h', spans.slice(0, 2), (m) => (m[0] === 'cc' || m[0] === 'gg' ? { word: m[0], start: m.index } : undefined));
    expect(cues).toEqual([{ word: 'cc', start: 6 }, { word: 'gg', start: 6 }]);
  });
});

describe('describeSpans', () => {
  it('matches a sentence-by-sentence reading', () => {
    const text = 'Our patient was admitted with pneumonia. The clinic opens Monday! She has been taking metformin daily. A 72-year-old teacher';
    const spans = splitSentences(text);
    const together = describeSpans(text, spans, cueLists());
    const alone = spans.map((s) => describeSpans(text.slice(s.start, s.end), [{ start: 0, end: s.end - s.start }], cueLists())[0]);
    expect(together).toEqual(alone);
    expect(together[0].patient?.word).toBe('patient');
    expect(together[0].health?.word).toBe('admitted');
    expect(together[2].health?.word).toBe('metformin');
    expect(together[3].personal).toBeDefined();
  });
});

describe('unit cues', () => {
  const patientOf = (text: string) => describeSpans(text, [{ start: 0, end: text.length }], cueLists())[0].patient?.word;

  it('"in our ICU" is a stay, unless a work word makes it a workplace', () => {
    expect(patientOf('Maria spent three weeks in our ICU after the crash.')).toBe('in our ICU');
    expect(patientOf('Thank you, Maria, for volunteering in our ICU every Tuesday.')).toBeUndefined();
    expect(patientOf('Ten years of night shifts in our ER: congratulations, Sam!')).toBeUndefined();
  });

  it('someone who checked others in is at work; someone checked in is a patient', () => {
    expect(patientOf('Julio, a nursing student, checked in donors both days.')).toBeUndefined();
    expect(patientOf('Our volunteers checked in 212 runners before the 5K.')).toBeUndefined();
    expect(patientOf('He checked in at our ER at 2 a.m.')).toBe('checked in');
  });

  it('discharge as a symptom is no one leaving the hospital', () => {
    expect(patientOf('Watch for swelling, discharge, or licking at the incision.')).toBeUndefined();
    expect(patientOf('Call us if there is discharge from the incision.')).toBeUndefined();
    expect(patientOf('Her discharge from the NICU came on a snowy Tuesday.')).toBe('discharge');
  });

  it('a patient word in quotes, in a part played or naming an event is no patient', () => {
    expect(patientOf('The drill had 60 volunteer "patients" from the drama club.')).toBeUndefined();
    expect(patientOf('Ms. Lane played a patient with a broken arm.')).toBeUndefined();
    expect(patientOf('Our annual Resident Art Show is June 14.')).toBeUndefined();
    expect(patientOf('Our resident Art taught us chess.')).toBe('resident');
  });

  it('a work word does not hide other patient cues', () => {
    expect(patientOf('Our patient thanked the nurses who worked the night shift.')).toBe('patient');
  });
});

describe('personal words that name no one in particular', () => {
  const personal = (text: string) => describeSpans(text, [{ start: 0, end: text.length }], cueLists())[0].personal?.word;
  it.each([
    'Every kiddo admitted in December goes home with a bear.',
    'Every one of those numbers is a child who went home sooner.',
    'Female athletes are more likely to tear an ACL.',
    'Our pharmacy partner will be on site October 8.',
    "We built this clinic so families don't have to wait.",
    "What you DON'T know is that the donuts are gone.",
    'Twenty years ago I was the kid stocking shelves here.',
    'Ayudamos a 45 familias a entender sus beneficios de salud.',
    'Respite so family caregivers can run errands.',
  ])('%s', (text) => expect(personal(text)).toBeUndefined());

  it.each([
    ['She came in with her partner on Monday.', 'She'],
    ['Her partner drove him to the ER.', 'Her'],
    ['A female patient, 34, was treated.', 'female'],
    ['The family thanks our nurses.', 'family'],
    ['Congratulations to Walter Greaves, 71, who had cataract surgery.', 'who had'],
  ])('still someone: %s', (text, word) => expect(personal(text)).toBe(word));
});

describe('care, not a name or a service', () => {
  const health = (text: string) => describeSpans(text, [{ start: 0, end: text.length }], cueLists())[0].health?.word;
  it.each([
    'Thank you to the student volunteers from the Crestview College of Pharmacy.',
    'She graduated from the School of Nursing in May.',
    'Thank you, Maria, for volunteering in our ICU.',
    'She hopes to become a hospice nurse.',
    '📍 New Path Counseling, 88 Birch Ave, Room B',
    'Thank you to Kim Baptiste (Oak Ridge MS) and Luis Herrera (Harlan HS)!',
    'Thank you to the mayor for her remarks about how far families used to drive for stitches on a Saturday night.',
    'Volunteers wore moulage of a forearm laceration for the drill.',
    'Ms. Lane played a patient with a (pretend) broken leg.',
  ])('%s', (text) => expect(health(text)).toBeUndefined());

  it.each([
    ['He was hypothermic but talking when we reached him.', 'hypothermic'],
    ['She has been in our outpatient eating disorder program since spring.', 'outpatient'],
    ['The Dean of Pharmacy had knee surgery in May.', 'knee surgery'],
    ['Her hospice nurse comes on Tuesdays.', 'hospice'],
    ['Hospice aide Tamika holding hands with Dorothy Vance in her living room', 'Hospice'],
    ['Her MS flared up in May.', 'MS'],
    ['She started Counseling, 3 sessions a week.', 'Counseling'],
    ['She spoke about how her chemo changed her summers.', 'chemo'],
  ])('still care: %s', (text, word) => expect(health(text)).toBe(word));
});

describe('careAfter', () => {
  const text = 'Maria Lopez, 19, is in our outpatient eating disorder program.';
  it('reads a term after a setting with the words before it: enrolled in a program is care', () => {
    const from = text.indexOf('outpatient') + 'outpatient'.length;
    expect(careAfter(text, from, cueLists(), () => false)?.word).toBe('eating disorder');
  });
  it('skips what the caller says to skip', () => {
    expect(careAfter(text, 0, cueLists(), (w) => w === 'outpatient' || w === 'eating disorder')).toBeUndefined();
  });
});

describe('a test result in words', () => {
  const health = (text: string) => describeSpans(text, [{ start: 0, end: text.length }], cueLists())[0].health?.word;
  // Tests the health lists do not hold: the result makes them care.
  it.each([
    ['His TSH came back elevated.', 'TSH came back elevated'],
    ['Her PSA was off the charts last spring.', 'PSA was off the charts'],
    ['Her eGFR was low.', 'eGFR was low'],
    ['Triglycerides of 190, and he thought he was fine.', 'Triglycerides of 190'],
  ])('%s', (text, word) => expect(health(text)).toBe(word));

  it('a test named with no result is no one\'s care', () => expect(health('Ask us how a PSA test works.')).toBeUndefined());
});
