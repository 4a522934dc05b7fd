import { describe, expect, it } from 'vitest';
import { namesPetsPerson } from '../../src/context/pets-people.js';

/** Whether the name `name` in `text` names a pet's people, in a post that speaks of an animal. */
const petsPerson = (text: string, name: string, animalInPost = true) => {
  const start = text.indexOf(name);
  return namesPetsPerson(text, start, start + name.length, () => animalInPost);
};

describe('namesPetsPerson', () => {
  it('finds the people a pet belongs to', () => {
    expect(petsPerson("Feature Mochi's recovery; owner Kim Tran approved.", 'Kim Tran')).toBe(true);
    expect(petsPerson('Captain the tabby went home today. His owners, the Feldman family, picked him up.', 'Feldman')).toBe(true);
    expect(petsPerson("Mochi, the Hernandez family's 12-year-old shih tzu, came in for her cleaning.", 'Hernandez')).toBe(true);
    expect(petsPerson('Luna, la perrita de 6 años de la familia Ortega, se comió un calcetín.', 'Ortega')).toBe(true);
    expect(petsPerson('Our favorite 13-year-old beagle walked the block today! His mom Jenna Whitfield sent the video.', 'Jenna Whitfield')).toBe(true);
    expect(petsPerson('When Janet Okafor of Millbrook brought in Biscuit, her 6-year-old yellow lab, he could not stand.', 'Janet Okafor')).toBe(true);
    expect(petsPerson("Pepper, Dana Ruiz's 9-year-old tabby, had a dental today.", 'Dana Ruiz')).toBe(true);
  });

  it("reads no pet in a person's own results or in what they carried", () => {
    expect(petsPerson("Dana Ruiz's lab results came back clear.", 'Dana Ruiz')).toBe(false);
    expect(petsPerson('Dana Ruiz brought in cookies, her famous lemon bars, for the staff.', 'Dana Ruiz')).toBe(false);
  });

  it('keeps a person whose own care follows the name, or who is named where no animal is', () => {
    expect(petsPerson('Sadie came in with her person, Jim Barlow, 94, who has been blind since his glaucoma progressed.', 'Jim Barlow')).toBe(false);
    expect(petsPerson('Mochi boards with us while her owner Kim Tran is recovering from her own hip surgery.', 'Kim Tran')).toBe(false);
    expect(petsPerson('Thanks to owner Kim Tran for the flowers.', 'Kim Tran', false)).toBe(false);
    expect(petsPerson('Leo had his ear tubes placed today. His mom Jenna Whitfield sent the video.', 'Jenna Whitfield')).toBe(false);
    expect(petsPerson('Pumpkin slipped out Sunday. His owner, Walt Dressler, is in the hospital after a fall.', 'Walt Dressler')).toBe(false);
  });

  it("leaves the pet's care with the pet: a pronoun that cannot be the owner's, or no person at all before it", () => {
    expect(petsPerson('This pug had a mass removed. His owner, Megan Whitlock, says he ate a sock two days post-op.', 'Megan Whitlock')).toBe(true);
    expect(petsPerson('Olive had a dental. Thanks to her human, Raj Malhotra, for letting us take this recheck photo!', 'Raj Malhotra')).toBe(true);
    expect(petsPerson("Rex has heart disease. His owner, Edna Marsh, is 93 and has brought him here since his diagnosis.", 'Edna Marsh')).toBe(true);
  });
});
