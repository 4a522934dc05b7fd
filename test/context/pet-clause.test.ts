import { describe, expect, it } from 'vitest';
import { animalClauseStart } from '../../src/context/pet-clause.js';

const start = (text: string, care: string, pets: RegExp | null = null) => animalClauseStart(text, text.indexOf(care), pets);

describe('whose is the care in a sentence that speaks of an animal', () => {
  it('gives the care to the first animal of its clause', () => {
    const text = 'Thank you to Sadie Morgan for letting us share: Pepper, her 12-year-old tabby, was diagnosed with diabetes.';
    expect(start(text, 'diagnosed', /Pepper/u)).toBe(text.indexOf(':') + 1);
    expect(start('This sweet 7-year-old beagle had TPLO surgery.', 'TPLO')).toBe(0);
    // The name spoken to opens no clause: the care's clause starts after it.
    expect(start('Linda, your pup was such a trooper through her IV fluids!', 'IV fluids')).toBe('Linda, '.length);
  });

  it('leaves it to a person who comes first or stands between, or to a service animal\'s people', () => {
    expect(start("He can't wait to walk his dog Rex again after his hip replacement.", 'hip replacement')).toBe(-1);
    // A name is the caller's to check (the name rules found it): the clause starts at 0 and Tom is in it.
    expect(start("Tom can't wait to walk his dog Rex again after his hip replacement.", 'hip replacement')).toBe(0);
    expect(start('The dog stayed with us while she had her knee replaced.', 'knee replaced')).toBe(-1);
    expect(start('Max is a certified seizure-alert dog for Amy, who has epilepsy.', 'epilepsy')).toBe(-1);
    expect(start('The stray dog bit a jogger, who needed stitches.', 'stitches')).toBe(-1);
    expect(start('Our office dog sat with the resident in 4B after her surgery.', 'surgery')).toBe(-1);
  });
});
