import { describe, expect, it } from 'vitest';
import { cueLists } from '../../src/context/cue-lists.js';
import { describeSpans } from '../../src/context/describe.js';

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
