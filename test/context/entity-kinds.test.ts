import { describe, expect, it } from 'vitest';
import { animalName, animalOwnsCare, animalPhrase, orgHeadedWords, petNamesIn, placeLikeName } from '../../src/context/entity-kinds.js';

const at = (text: string, name: string): [string, number, number] => [text, text.indexOf(name), text.indexOf(name) + name.length];

describe('animalName', () => {
  it.each([
    ['Biscuit, a 17-year-old beagle mix from Elm Grove, had surgery.', 'Biscuit'],
    ['Meet Sparky, our 4-year-old station Dalmatian!', 'Sparky'],
    ['For example, our office Lab, Rocky (60 lb), takes carprofen.', 'Rocky'],
    ['Bella the golden retriever resting in Kennel 4', 'Bella'],
    ['Meet Waffles! Our 3-year-old golden retriever facility dog visited 2,000 kids.', 'Waffles'],
    ['He lives with his wife and their two cats, Pepper and Juniper.', 'Juniper'],
    ['Daisy — 2-year-old terrier mix, loves belly rubs', 'Daisy'],
    ['Otis: 9-month-old heeler puppy, full of energy', 'Otis'],
    ['Patient of the Week: Noodle! 🐱 She had a dental cleaning.', 'Noodle'],
    ['Bruno is a 6-year-old beagle mix who loves walks.', 'Bruno'],
    ['She goes home to two rescue greyhounds: Comet and Juno.', 'Juno'],
  ])('finds the pet in %s', (text, name) => expect(animalName(...at(text, name))).toBe(true));

  it.each([
    ['Anna Lindqvist, a 67-year-old retired mail carrier, had surgery.', 'Anna Lindqvist'],
    ['Jordan, our lab tech, ran the tests.', 'Jordan'],
    ['Thank you, Rosa, for walking your dog with us.', 'Rosa'],
    ['Our dog, Rex and his owner Maria Lopez came in.', 'Maria Lopez'],
    ['Maya — 34-year-old mom of two, had her gallbladder out', 'Maya'],
    ['¡Felicidades a la familia Ortiz! 🐶 Su perrita salió muy bien.', 'Ortiz'],
    ['Thanks, Mrs. Pell 🐾 for the treats!', 'Pell'],
  ])('keeps the person in %s', (text, name) => expect(animalName(...at(text, name))).toBe(false));
});

describe('mentionsAnimal', () => {
  it('reads food named after dogs as food', async () => {
    const { mentionsAnimal } = await import('../../src/context/entity-kinds.js');
    expect(mentionsAnimal('free hot dogs from the Ladies Auxiliary')).toBe(false);
    expect(mentionsAnimal('Hot Dogs and Corn dogs on the grill')).toBe(false);
    expect(mentionsAnimal('our clinic dog, Rex')).toBe(true);
  });
});

describe('animalOwnsCare', () => {
  const owns = (text: string, care: string) => animalOwnsCare(text, text.indexOf(care));
  it('gives the care to the animal a person owns', () => {
    expect(owns('the principal, whose golden retriever Sunny came through her splenectomy', 'splenectomy')).toBe(true);
    expect(owns('Su perrita Canela salió muy bien de su cirugía', 'cirugía')).toBe(true);
  });
  it('keeps a person\'s own care theirs', () => {
    expect(owns('the principal, who came through her splenectomy', 'splenectomy')).toBe(false);
    expect(owns('her husband drove her to the knee surgery', 'knee surgery')).toBe(false);
  });
});

describe('placeLikeName', () => {
  it.each([
    ['2024 at Harborview: our team made 18,400 home visits.', 'Harborview', ''],
    ['across Jefferson, Clallam and Kitsap counties', 'Jefferson', ''],
    ['Tri-County measles update', 'Tri-County', ''],
    ['Hospice care across Clay, Marion and Benton counties.', 'Benton', ''],
    ['We are hiring X-ray techs at our Marion and Tyler locations!', 'Tyler', ''],
    ['Flu shots now at our Tyler location.', 'Tyler', ''],
    ['She trained at Johns Hopkins and leads our program.', 'Johns Hopkins', ''],
    ['Yvonne has been part of our Willow Bend family for 17 years.', 'Willow Bend', ''],
    ['Every baby born here goes home in a cap from Magnolia.', 'Magnolia', 'Welcome to Magnolia Birth Center.'],
    ['We did 486 sports physicals for Fairview and Roosevelt athletes.', 'Roosevelt', ''],
    ['Thanks to his person, Helen Park of Shelby, for sharing his recovery.', 'Shelby', ''],
  ])('a word used as a place or an organisation: %s', (text, name, elsewhere) => {
    const [t, a, b] = at(text, name);
    expect(placeLikeName(t, a, b, orgHeadedWords(`${text}\n${elsewhere}`))).toBe(true);
  });

  it('reads a titled name as a person even when the same word heads a business', () => {
    const text = 'Mr. Kostas (yes, of Kostas Bakery!) got to the ER in time.';
    const [t, a, b] = at(text, 'Kostas');
    expect(placeLikeName(t, a, b, orgHeadedWords(text))).toBe(false);
  });

  it.each([
    ["Mr. Park's scan shows diabetic damage.", 'Park'],
    ['Magnolia finished chemo today.', 'Magnolia'],
    ['We met Anna at the fair.', 'Anna'],
    ['A portrait of Anna hangs in the lobby.', 'Anna'],
  ])('a person: %s', (text, name) => {
    const [t, a, b] = at(text, name);
    expect(placeLikeName(t, a, b, orgHeadedWords(text))).toBe(false);
  });
});

it('a full name followed by other capitalised words on the next line is a person', () => {
  const post = 'Brian Keller\nWeek 3 after my TKA and still swollen.\nHi Brian! Since your knee is still swelling...';
  const start = post.lastIndexOf('Brian');
  expect(placeLikeName(post, start, start + 5, orgHeadedWords(post))).toBe(false);
});

it('the town of an address is a place', () => {
  const text = 'Adoption event at PetSmart, 500 Main Street, Austin. Meet our dogs.';
  const start = text.indexOf('Austin');
  expect(placeLikeName(text, start, start + 6, orgHeadedWords(text))).toBe(true);
});

it('finds the words that head an organisation name, whatever comes before them', () => {
  expect([...orgHeadedWords('Visit Magnolia Birth Center today. Brian Keller\nWeek 3.')]).toEqual(expect.arrayContaining(['Magnolia']));
  expect(orgHeadedWords('Brian Keller\nWeek 3.').has('Brian')).toBe(false);
});

it('knows a sentence about an animal without its name', () => {
  expect(animalPhrase('This 5-year-old lab mix had knee surgery in March.')).toBe(true);
  expect(animalPhrase('Our clinic cat keeps the waiting room calm.')).toBe(true);
  expect(animalPhrase('She had knee surgery in March.')).toBe(false);
});

describe('pets named as animals where no name rule found them', () => {
  it.each([
    ['Thank you for letting us share: Pepper, her 12-year-old tabby, was diagnosed in January.', ['Pepper']],
    ['Biscuit, a 17-year-old beagle mix, is home.', ['Biscuit']],
    ['Thank you to Sadie Morgan of Brookfield.', []],
    ['Mrs. Pell, a 90-year-old retired teacher.', []],
  ])('%s', (text, names) => expect(petNamesIn(text)).toEqual(names));
});
