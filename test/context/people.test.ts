import { describe, expect, it } from 'vitest';
import { buildPostContext } from '../../src/context/post.js';
import { PeopleInPost } from '../../src/context/people.js';
import { PetsInPost } from '../../src/context/pets.js';
import { parseSource } from '../../src/formats/index.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { detect } from '../../src/pipeline/detect.js';

const rules = loadPacks(builtinPacks()).filter((r) => r.spec.id === 'identifiers/person-name');

/** The people of a post, and its name hits by text. */
async function people(text: string) {
  const { segments } = parseSource(text, 'post.txt');
  const hits = await detect(segments, rules);
  const ctx = buildPostContext(segments);
  const byText = (name: string) => hits.filter((h) => segments[h.segment].text.slice(h.start, h.end) === name);
  const who = new PeopleInPost(hits, ctx);
  return { who, pets: new PetsInPost(hits, ctx, who), byText, ctx };
}

describe('PeopleInPost', () => {
  it("carries a clinician's job to every mention of the name, not a volunteer's", async () => {
    const { who, byText } = await people('Luis Ortega has been a certified medical interpreter here for 11 years. Thank you, Luis!');
    expect(byText('Luis').map((h) => who.staffRole(h))).toEqual(['has been a certified medical interpreter']);
    const lay = await people('Bob Lindahl, our volunteer, reads to patients. Thank you, Bob!');
    expect(lay.byText('Bob').map((h) => lay.who.staffRole(h))).toEqual([undefined]);
  });

  it('knows a pet by any mention, and reads a sentence about the pet as no patient', async () => {
    const { who, pets, byText, ctx } = await people('Happy 17th birthday, Biscuit! Biscuit, a 17-year-old beagle mix, had knee surgery on March 3.');
    expect(byText('Biscuit').map((h) => who.kindOf(h))).toContain('animal');
    expect(ctx.sentences.filter((s) => pets.aboutPet(s)).length).toBeGreaterThan(0);
  });

  it("reads a pronoun that opens a sentence after a pet's name as the pet", async () => {
    const { pets, ctx } = await people('Remember Luna, the shy 2-year-old shepherd mix? She went home Saturday with the Alvarez family.');
    const she = ctx.sentences.find((s) => s.text.includes('She went'))!;
    expect(pets.subjectIsPet(she, she.personal!)).toBe(true);
  });

  it("reads a clinician's pronoun as no patient, unless someone else is named in the sentence", async () => {
    const { who, ctx } = await people('Meet Dr. Renata Okoye, our health officer. She led the county\'s COVID response.');
    const she = ctx.sentences.find((s) => s.text.includes('She led'))!;
    expect(who.pronounNotPatient(she, she.personal!)).toBe(true);
  });
});
