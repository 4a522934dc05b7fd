import { describe, expect, it } from 'vitest';
import { withNumberVariants } from '../../src/lexicons/cue-lists.js';

describe('withNumberVariants', () => {
  it('adds the singular or plural of a lower-case phrase', () => {
    expect(withNumberVariants(['kidney stones', 'hip replacement'])).toEqual(['kidney stones', 'hip replacement', 'kidney stone', 'hip replacements']);
  });

  it('leaves single words, capitals, and endings an "s" cannot turn', () => {
    const kept = ['asthma', 'Lyme disease', 'multiple sclerosis', 'cystic fibrosis', 'sinus'];
    expect(withNumberVariants(kept)).toEqual(kept);
  });
});
