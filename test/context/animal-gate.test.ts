import { describe, expect, it } from 'vitest';
import { mayMentionAnimal } from '../../src/context/animal-gate.js';
import { animalName, animalPhrase, insideAnimalWord, mentionsAnimal } from '../../src/context/entity-kinds.js';

describe('mayMentionAnimal', () => {
  it.each(['Meet Biscuit, our clinic dog!', 'Pickles! 🐱', 'the bobcat, Rocky', 'Labrador', 'our office Lab', 'two CATS', 'a great dane', 'Doggo'])(
    'opens for %s',
    (text) => expect(mayMentionAnimal(text)).toBe(true),
  );

  it.each(['Flu shots at the Westside Library', 'her medication and education', 'lab results are back', 'Our patient Anna went home.'])(
    'rules out %s',
    (text) => expect(mayMentionAnimal(text)).toBe(false),
  );

  // Whenever the gate rules a text out, no animal regex matches in it, at any name position.
  it('rules out only texts where no animal regex matches', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const pieces = ['cat', 'Cat', 'bob', 'dog', 'lab', 'Lab', 'rador', 's', 'mix', 'great', 'dane', 'Rocky', 'Luna', 'a', 'our', 'the', '3-year-old', 'ation', 'edu', 'ſ', 'K', ' ', ' ', ', ', '. ', '! ', '🐶', 'é'];
    let ruledOut = 0;
    for (let i = 0; i < 1500; i++) {
      const text = Array.from({ length: 2 + rand(14) }, () => pieces[rand(pieces.length)]).join('');
      if (mayMentionAnimal(text)) continue;
      ruledOut++;
      expect(mentionsAnimal(text) || animalPhrase(text)).toBe(false);
      for (let start = 0; start < text.length; start++) {
        for (let end = start + 1; end <= Math.min(text.length, start + 8); end++) {
          expect(animalName(text, start, end) || insideAnimalWord(text, start, end)).toBe(false);
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(150);
  });
});
