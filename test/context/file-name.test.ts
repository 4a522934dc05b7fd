import { describe, expect, it } from 'vitest';
import { fileNameWords, readFileName } from '../../src/context/file-name.js';

describe('reading an image file name', () => {
  it('splits the last path part at dashes, underscores and digits', () => {
    expect(fileNameWords('https://example.org/uploads/2025/Maria_Gonzalez-hip-surgery-02.JPG?w=800')).toEqual(['maria', 'gonzalez', 'hip', 'surgery']);
  });

  it.each([
    ['/uploads/maria-gonzalez-hip-surgery.jpg', ['maria', 'gonzalez'], 'hip surgery'],
    ['img/john_miller_chemo_day1.png', ['john', 'miller'], 'chemo'],
    ['/img/team/priya-patel.jpg', ['priya', 'patel'], undefined],
    ['/img/new-wing-ribbon-cutting.jpg', undefined, undefined],
    ['/img/spring-flowers.jpg', undefined, undefined],
    ['derm_visit_psoriasis_AliceNakamura_2024-05-02.mp4', ['alice', 'nakamura'], 'psoriasis'],
    ['BA_rhinoplasty_KMontoya_front_0611.jpg', ['k', 'montoya'], 'rhinoplasty'],
    ['IMG_2034.jpg', undefined, undefined],
    ['img/3d-mammo-suite.jpg', undefined, '3d mammo'],
    ['/blog/img/rx-label-hollister-martin-oxycodone-10mg.jpg', ['hollister', 'martin'], 'oxycodone'],
    ['/images/oe/oe-2025-banner.png', undefined, undefined],
  ])('%s', (ref, person, care) => {
    const reading = readFileName(ref);
    expect(reading.person).toEqual(person);
    expect(reading.care).toBe(care);
  });

  it('reads a surname with a family word, and a medicine as care', () => {
    const reading = readFileName('/img/newsletter/compound-keppra-henderson-twins.jpg');
    expect(reading.person).toEqual(['henderson', 'twins']);
    expect(reading.care).toBe('keppra');
    expect(reading.family).toBe(true);
    expect(readFileName('/img/team-family-picnic.jpg').person).toBeUndefined();
    // The family word may come first.
    expect(readFileName('/img/reunion/nicu_reunion_twins_okafor_born_26wks.jpg')).toMatchObject({ person: ['twins', 'okafor'], family: true, care: 'nicu' });
  });

  it('reads an initial run into a surname, only with care beside it', () => {
    expect(readFileName('screenshot-visit-mwilson-0611-rash-forearm.png').person).toEqual(['m', 'wilson']);
    expect(readFileName('/uploads/thanks.png').person).toBeUndefined();
    expect(readFileName('/img/team/jsmith.jpg').person).toBeUndefined();
  });

  it('reads a word for the organisation\'s own people: a volunteer, a headshot', () => {
    expect(readFileName('volunteer-harold-breen.jpg')).toMatchObject({ person: ['harold', 'breen'], role: 'volunteer' });
    expect(readFileName('/img/dr-lee-headshot.jpg').role).toBe('dr');
    expect(readFileName('maria-gonzalez-hip-surgery.jpg').role).toBeUndefined();
  });

  it('keeps a given name or surname that stands alone, for the post to say whose it is', () => {
    expect(readFileName('/images/ceo/lorraine-walking-garden.jpg').given).toBe('lorraine');
    expect(readFileName('/blog/chaplain-mensah.jpg').given).toBe('mensah');
    expect(readFileName('/img/team/priya-patel.jpg').given).toBeUndefined();
    expect(readFileName('/img/spring-flowers.jpg').given).toBeUndefined();
  });
});
