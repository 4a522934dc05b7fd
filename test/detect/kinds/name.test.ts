import { describe, expect, it } from 'vitest';
import { found, rule } from '../helpers.js';

const names = rule({ detector: 'name' });
const lower = rule({ detector: 'name', lowercase: true });

describe('name detector', () => {
  it.each([
    ['Our patient Anna Lindqvist was admitted.', ['Anna Lindqvist']],
    ["Mr. Lindqvist's discharge was today.", ['Lindqvist']],
    ['Meet Oluwaseun Adeyemi, a mom of three.', ['Oluwaseun Adeyemi']],
    ['Congratulations to Anna S., who rang the bell.', ['Anna S']],
    ['R. Castillo went home.', ['R. Castillo']],
    ['Meet T.M., our youngest heart patient.', ['T.M']],
    ['After 97 days, Baby Hope went home.', ['Hope']],
    ['Faith is 8 and has type 1 diabetes.', ['Faith']],
    ['His wife, Ingrid, brought buns.', ['Ingrid']],
    ['Thanks so much, Mei-Ling!', ['Mei-Ling']],
    ['Patient Hyun-woo Park had a retinal scan.', ['Hyun-woo Park']],
    ['Meet our new director.\nAnna Lindqvist went home after surgery.', ['Anna Lindqvist']],
    ['Meet our new director. Anna Lindqvist went home after surgery.', ['Anna Lindqvist']],
    ["Read Hannah's story about her recovery.", ['Hannah']],
    ['Will Smith went home after his surgery.', ['Will Smith']],
    ['Her sister Mary brought flowers.', ['Mary']],
    ['Maria de la Cruz is recovering from hip surgery.', ['Maria de la Cruz']],
    ['Felicitamos a Luis Ortiz por su cirugía.', ['Luis Ortiz']],
    ['Love this! June Halvorsen had corneal crosslinking.', ['June Halvorsen']],
    ['Jordan Knight had knee surgery.', ['Jordan Knight']],
    ['Quote from Denise Park about her ADHD care.', ['Denise Park']],
  ])('finds %s', async (text, want) => {
    expect(await found(names, text)).toEqual(want);
  });

  it.each([
    'Hope is a powerful medicine.',
    'Will you join us? May is Mental Health Awareness Month.',
    'Mark your calendars for the fall festival.',
    'Northfield Community Hospital and Harbor Pharmacy are partners.',
    'Classes meet in the Cedar Ridge gym.',
    'The 5K starts at Lincoln Park and ends at Grant Park.',
    'Bear and the Hernandez crew live on Willow Lane.',
    'Read more in The New York Times.',
    'Visit Dallas this summer.',
    'Our oldest patient on 4 West turned 94.',
    'The unit on 4 West is 32 years old.',
    'Washington D.C. hosts the summit.',
    'We welcomed 6 sets of twins.\nFun fact: August was the busiest month.',
    'Lincoln, Nebraska is home to our newest clinic.',
    'Send cards to P.O. Box 4471.',
    'Carry Narcan. It saves lives.',
    'Our open house is June 14. April Showers bring May flowers.',
    'Happy Easter Smith family!',
  ])('leaves out %s', async (text) => {
    expect(await found(names, text)).toEqual([]);
  });

  it.each([
    ['Meet Dr. Anil Mehta, our head of orthopedics.', 'Dr. Anil Mehta'],
    ['Grace Liu, RN, joined our maternity unit.', 'Grace Liu'],
    ['Thank you, Mayor Linda Okafor, for coming.', 'Mayor Linda Okafor'],
    ['Sister Mary Catherine founded our hospital in 1902.', 'Sister Mary Catherine'],
  ])('reports staff and public figures, marked as staff: %s', (text) => {
    const matches = names.detect(text);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.staff === true)).toBe(true);
  });

  it('treats a later bare first name of a staff member as staff too', () => {
    const text = 'Happy anniversary to Grace Liu, RN! Grace has trained a generation of nurses.';
    expect(names.detect(text).filter((m) => !m.staff)).toEqual([]);
  });

  it('asks for the NLP model only for runs the tables cannot explain, and lets it decide them', async () => {
    const nlp = names.needsNlp as (t: string) => boolean;
    expect(nlp('Our patient Anna Lindqvist was admitted.')).toBe(false);
    expect(nlp('We thank Xqzt Vrbnk for the gift.')).toBe(true);
    expect(await found(names, 'We thank Xqzt Vrbnk for the gift.')).toEqual([]);
    expect(nlp('Qwerty Smith thanked the nurses.')).toBe(true);
    expect(await found(names, 'Qwerty Smith thanked the nurses.')).toEqual(['Qwerty Smith']);
  });

  it('finds lower-case names: first name plus surname, or after a relative or "patient"', async () => {
    expect(await found(lower, 'so proud of maria gonzalez, who finished chemo')).toEqual(['maria gonzalez']);
    expect(await found(lower, 'our patient luis was moved')).toEqual(['luis']);
    expect(await found(lower, 'will hope grace the stage?')).toEqual([]);
    expect(await found(lower, 'Maria Gonzalez')).toEqual([]);
  });
});

describe('names in other shapes', () => {
  it('finds a hashtag name and an ALL-CAPS "LAST, FIRST" label, not a phone prompt', async () => {
    const { lintText } = await import('../../../src/api.js');
    const texts = async (t: string) => (await lintText(t, { filePath: 'post.txt' })).findings.filter((f) => f.category === 'name').map((f) => f.text);
    expect(await texts('Praying for #JaneDoe after her surgery today!')).toEqual(['#JaneDoe']);
    // A given name with a possessive "s" (not "#JamesRiver", "#ThanksGiving", "#MothersDay").
    expect(await texts('Veneers by Dr. Kim! #SmileMakeover #JessicasNewSmile #JamesRiver #ThanksGiving #MothersDay')).toEqual(['Kim', '#JessicasNewSmile']);
    expect(await texts('Label on the bag: LINDQVIST, ANNA  MRN 00482913')).toEqual(['LINDQVIST, ANNA']);
    expect(await texts('Call (617) 555-0100 to book your flu shot.')).toEqual([]);
    expect(await texts('#HeartMonth #NICUAwareness: CLOSED, SUNDAY')).toEqual([]);
    expect(await texts('Hep C is curable. #TeamBrandonBeatsHepC')).toEqual(['#TeamBrandonBeatsHepC']);
    expect(await texts('Marathon weekend! #BostonStrong #AustinStrong')).toEqual([]);
    // A given name and a surname's initial closing a hashtag; a courtesy title and a name in capitals.
    expect(await texts('Braces off! #SonrisaNueva #QuinceDeDanielaR #TeamUSA')).toEqual(['#QuinceDeDanielaR']);
    expect(await texts('TEXT: "100 YEARS OF MISS HAZEL" and "MR. OKAFOR"')).toEqual(['MISS HAZEL', 'MR. OKAFOR']);
    expect(await texts('THANK YOU MRS. WONDERFUL')).toEqual([]);
  });

  it('finds capitals names whose surname is also a given name, and "FIRST M LAST" on a card', async () => {
    const { lintText } = await import('../../../src/api.js');
    const texts = async (t: string) => (await lintText(t, { filePath: 'post.txt' })).findings.filter((f) => f.category === 'name').map((f) => f.text);
    // BRENNAN and GARCIA are given names too, but mostly surnames.
    expect(await texts('The wristband reads BRENNAN, KATHLEEN  DOB 03/14/1951.')).toEqual(['BRENNAN, KATHLEEN']);
    expect(await texts('X-ray header: GARCIA, ELENA  DOB 02/11/1979')).toEqual(['GARCIA, ELENA']);
    expect(await texts('Benefit card for MARCUS J BELL, Member ID W284730012')).toEqual(['MARCUS J BELL']);
    // A given name first is a list of people, not a label; a shouted heading has no initial.
    expect(await texts('THANK YOU, MARY AND JOHN!')).toEqual([]);
    expect(await texts('JOIN US A DAY EARLY FOR FLU SHOTS')).toEqual([]);
    // A surname that is also a word is a name only before a record label.
    expect(await texts('Wristband: YOUNG, MARIA  DOB 01/02/1950')).toEqual(['YOUNG, MARIA']);
    // A surname and an initial only before a record label.
    expect(await texts("A bag labeled 'KOWALCZYK, T. - Rx 6621904' on the counter.")).toEqual(['KOWALCZYK, T.']);
    expect(await texts('NOTICE, T. BROWN AND CO. ARE MOVING')).toEqual([]);
    // A surname in capitals after a room or bed on a patient board; not a shouted word.
    expect(await texts('The board behind them lists Rm 602 KOWALSKI and Rm 604 TRAN.')).toEqual(['KOWALSKI', 'TRAN']);
    expect(await texts('Our new ROOM 12 PARTY starts at noon.')).toEqual([]);
  });
});

describe('a state or country that is also a first name', () => {
  it.each([
    ['Jordan Pike has an eating disorder and we are proud of her.', ['Jordan Pike']],
    ['Georgia Whitfield finished chemo on Friday.', ['Georgia Whitfield']],
  ])('is a person before a surname: %s', async (text, want) => {
    expect(await found(names, text)).toEqual(want);
  });

  it.each(['Georgia Power sponsored the walk.', 'Virginia Mason opened a new clinic.', 'Jordan River trail is open.'])('stays a place or organisation: %s', async (text) => {
    expect(await found(names, text)).toEqual([]);
  });
});

describe('names inside longer hashtags', () => {
  it.each([
    ['Thank you #ForeverInOurHeartsWalterPike', ['#ForeverInOurHeartsWalterPike']],
    ['Big smiles #AvaLindgrenBracesOff', ['#AvaLindgrenBracesOff']],
  ])('finds %s', async (text, want) => expect(await found(names, text)).toEqual(want));

  it.each(['#WeHonorVeterans #WillowPath #BracesOffDay', 'Meet the team #MeetDrJamesCole'])('leaves out %s', async (text) => {
    expect(await found(names, text)).toEqual([]);
  });
});
