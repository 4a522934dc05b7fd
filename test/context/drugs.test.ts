import { describe, expect, it } from 'vitest';
import { cueLists } from '../../src/lexicons/cue-lists.js';
import { describeSpans } from '../../src/context/describe.js';
import { DRUG_MATCHERS } from '../../src/context/drugs.js';

/** The health cue of one sentence, which falls back to a drug someone takes. */
const healthOf = (text: string) => describeSpans(text, [{ start: 0, end: text.length }], cueLists())[0].health?.word;

describe('drug cues', () => {
  it('count a drug only where someone takes it', () => {
    expect(healthOf('She has been taking metformin since spring')).toBe('metformin');
    expect(healthOf('prednisone 20 mg daily')).toBe('prednisone');
    expect(healthOf('Metformin is a common medicine')).toBeUndefined();
    expect(healthOf('She is on vacation next week')).toBeUndefined();
  });
});

describe('the dose prefilter', () => {
  const doses = ['insulin 10 units', 'insulin 1 unit', 'prednisone 20 mg', 'prednisone 2.5mg', 'levothyroxine 50 mcg', 'amoxicillin 5 ML', 'heparin 5000 IU'];

  it('lets every dose unit through to the dose phrasing', () => {
    for (const text of doses) expect(healthOf(text), text).toBe(text.split(' ')[0]);
  });

  it('holds wherever the dose phrasing matches, and rules out texts without a dose', () => {
    const { re, needs } = DRUG_MATCHERS[1];
    for (const text of [...doses, 'Ab 1 mgx', 'Vitamin D3 2000 IU daily', 'metformin 500\tmg']) {
      re.lastIndex = 0;
      if (re.test(text)) expect(needs!.test(text), text).toBe(true);
    }
    re.lastIndex = 0;
    expect(needs!.test('Parking is free on weekends; call 555-0100')).toBe(false);
  });
});
