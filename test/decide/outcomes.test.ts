import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { OUTCOMES } from '../../src/decide/outcomes.js';
import { DECISIONS } from '../../src/model/decision.js';

/** Each post and the decision its first finding of `category` must carry, with the built-in rules. */
const CASES: [string, string, string][] = [
  ['direct-identifier', 'ssn', 'SSN 123-45-6789 was in the form.'],
  ['staff-or-public-figure', 'name', 'Dr. Anil Mehta performs knee replacements at our orthopedic clinic.'],
  ['patient-sentence', 'name', 'Our patient Anna Lindqvist was admitted with pneumonia.'],
  ['care-reply', 'name', JSON.stringify({ review: 'Great care', reply: 'Hi Anna Lindqvist! Thanks for the kind words. We are so glad your knee replacement went well.' })],
  ['unlinked', 'name', 'Anna Lindqvist won the town marathon last weekend.'],
  ['beside-direct-identifier', 'name', 'Intake page as scanned: Name: Rosa Jiménez, SSN 287-41-9053.'],
  ['public-context', 'name', JSON.stringify({ comments: [{ user: 'Joanne Kessler', text: 'My husband was in your ICU last week.', replies: [{ text: 'We are sorry to hear that. Please call us at 555-0100.' }] }] })],
  ['care-reply', 'name', JSON.stringify({ review: { author: 'Tom Gallagher', text: 'Waited 4 days.' }, draft_reply: 'Hi Tom, sorry! Your refill of your heart medication came through this morning.' })],
  ['staff-or-public-figure', 'name', 'Luis Ortega has been a certified medical interpreter here for 11 years. On any given day Luis helps explain a new diabetes diagnosis.'],
  ['patient-sentence', 'name', 'Tomasz Wiśniewski, our longtime gift-shop volunteer, is now a patient on our cardiac unit after a heart attack.'],
  ['person-in-room', 'name', 'Bingo champion of the month: Marjorie Tillman in Room 118, for the third month running!'],
  ['person-in-room', 'location', 'Bingo champion of the month: Marjorie Tillman in Room 118, for the third month running!'],
  ['tagged-on-care-post', 'name', JSON.stringify({ text: 'Our memory care garden club planted 200 tulip bulbs today!', tagged_users: ['Walter Brennan'] })],
  ['named-photo', 'photo', 'Great week on the ortho floor! ![](/uploads/maria-gonzalez-hip-surgery.jpg)'],
  ['photo-of-no-one', 'photo', JSON.stringify({ text: 'Our patient Anna Lindqvist had her MRI here last week.', photos: [{ file: '/img/mri-suite.jpg', alt: 'Empty MRI scanner room with soft blue lighting' }] })],
  ['pets-person', 'name', 'Mochi the corgi is 12 weeks out from her ACL surgery. Feature her recovery video; owner Kim Tran approved.'],
  ['patient-sentence', 'name', 'Mochi the corgi is boarding with us while her owner Kim Tran is recovering from her own hip surgery.'],
  ['code-with-name', 'other-id', '---\ntitle: World TB Day\ntags: [tuberculosis, case-2024-0173-ruiz]\n---\nTB is curable. Free testing at our clinic.'],
  ['staff-description', 'quasi-identifier', 'Welcome Dr. Priya Nair, OD, who finished her residency in ocular disease. She grew up in Fairhope, played college soccer and had LASIK at 30.'],
  ['care-reply', 'name', 'So proud of you, Valentina Ríos! Three months after your kidney transplant you are back at school.'],
];

describe('the decision table', () => {
  it('lists every named outcome once, in the documented order, ending with a row that always holds', () => {
    expect(OUTCOMES.map((o) => o.decision)).toEqual([...DECISIONS]);
    expect(OUTCOMES.at(-1)!.when({} as never)).toBe(true);
  });

  it.each(CASES)('names the row that decided the finding: %s', async (decision, category, text) => {
    const filePath = text.startsWith('{') ? 'reply.json' : 'post.txt';
    const { findings } = await lintText(text, { filePath });
    const found = findings.filter((f) => f.category === category);
    expect(found.map((f) => f.decision)).toContain(decision);
  });

  it.each([
    ['animal', 'Meet Sparky, our 4-year-old station Dalmatian! Sparky had knee surgery last month.'],
    ['place-name', 'Our mobile mammography van parks outside the library in Marion every Tuesday.'],
  ])('drops a name its row says is no person: %s', async (decision, text) => {
    expect(OUTCOMES.find((o) => o.decision === decision)?.severity).toBe('off');
    const { findings } = await lintText(text, { filePath: 'post.txt' });
    expect(findings.filter((f) => f.category === 'name')).toEqual([]);
  });

  it.each([
    'Author Jane Whitfield reads from her new novel in Room 110 at 2 p.m. on Friday.',
    'Dr. Omar Haddad now sees patients in Suite 210 on Mondays.',
    'Our volunteer Betty Sorensen runs the gift cart from Room 12 every Tuesday.',
  ])('leaves a room with staff, a volunteer or an event as the organisation\'s own: %s', async (text) => {
    const { findings } = await lintText(text, { filePath: 'post.txt' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('drops a facility word that ends a person\'s name (part-of-a-name), and keeps the person', async () => {
    expect(OUTCOMES.find((o) => o.decision === 'part-of-a-name')?.severity).toBe('off');
    const { findings } = await lintText('Our CEO, Naomi Fairbanks, read a short letter from a former cardiac patient.', { filePath: 'post.txt' });
    expect(findings.filter((f) => f.category === 'location')).toEqual([]);
    expect(findings.filter((f) => f.category === 'name').map((f) => f.text)).toEqual(['Naomi Fairbanks']);
  });

  it('does not tie a word the post uses as a place or organisation to a patient story', async () => {
    const text = 'Anna Lindqvist had her hip replacement with us in May.\nParking is free on weekends.\nTours of the Magnolia Birth Center run on Fridays, so come and see Magnolia.';
    const { findings } = await lintText(text, { filePath: 'post.txt' });
    expect(findings.filter((f) => f.text === 'Magnolia' && f.severity === 'error')).toEqual([]);
  });

  it("renders the finding's severity and reason from its row", async () => {
    const { findings } = await lintText('Our patient Anna Lindqvist was admitted with pneumonia.', { filePath: 'post.txt' });
    const name = findings.find((f) => f.category === 'name')!;
    const row = OUTCOMES.find((o) => o.decision === name.decision)!;
    expect(row.severity).toBe('rule');
    expect(name.severity).toBe('error');
    expect(name.reason).toMatch(/^about a patient: ".+" in the same sentence$/);
    expect(name.message.endsWith(`(${name.reason})`)).toBe(true);
  });
});

it('reads an image description whole: a name in one sentence of the alt text, the diagnoses in the next', async () => {
  const text = '![App screenshot: After Visit Summary for Raymond Cho, visit 04/22/2025. Diagnoses: type 2 diabetes, hypertension.](/img/avs.png)';
  const { findings } = await lintText(text, { filePath: 'post.md' });
  expect(findings.find((f) => f.text === 'Raymond Cho')?.severity).toBe('error');
});

it('judges a health claim on its words, and advice in a reply as care in that reply', async () => {
  const claim = await lintText('Our ozone therapy cures tooth decay naturally, with no side effects!', { filePath: 'post.txt' });
  expect(claim.findings.filter((f) => f.category === 'claim').map((f) => f.decision)).toContain('health-content');
  const reply = JSON.stringify({ review: { author: 'Tom G.', text: 'Still sore.' }, draft_reply: 'Hi Tom, just take 800 mg ibuprofen every 4 hours and you will be fine.' });
  const { findings } = await lintText(reply, { filePath: 'reply.json' });
  expect(findings.find((f) => f.category === 'advice')?.severity).toBe('error');
  expect(findings.find((f) => f.text === 'Tom')?.severity).toBe('error');
});

it('reports advice in a reply to a person as a patient relationship too', async () => {
  const reply = JSON.stringify({ comments: [{ user: 'Paula G.', text: 'Buddy nipped my hand', replies: [{ text: 'Oh no, Paula! For your hand, just take the leftover Clavamox we dispensed for Buddy.' }] }] });
  const { findings } = await lintText(reply, { filePath: 'thread.json' });
  expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(['advice', 'patient-relationship']));
});

it('reads names in a post that says its people are invented as no one\'s, but still reports an age over 89', async () => {
  const text = '*A composite story based on many of our patients.*\n\nMaria is 60 and has lived with diabetes for ten years; her neighbor Joe, 93, drives her to dialysis.';
  const { findings } = await lintText(text, { filePath: 'story.md' });
  expect(findings.filter((f) => f.category === 'name').map((f) => f.decision)).toEqual(expect.arrayContaining(['fictional-name']));
  expect(findings.filter((f) => f.category === 'name' && f.severity === 'error')).toEqual([]);
  expect(findings.some((f) => f.category === 'age' && f.severity === 'error')).toBe(true);
});

it('reads a file that opens as a reply as a reply throughout, and only a reply spreads a disclosure to the event in it', async () => {
  const reply = 'Reply draft for Google review #4\n\nThanks again, Mei-Ling. We are glad your root canal with Dr. Tanaka went smoothly.';
  expect((await lintText(reply, { filePath: 'reply.md' })).findings.find((f) => f.text === 'Mei-Ling')?.severity).toBe('error');
  const post = 'Sorry your MRI ran late on Monday, Chris; we can see you were rescheduled twice. Join us for free blood-pressure checks on Saturday, June 9, at the Westside Library, 88 Birch Road.';
  const { findings } = await lintText(post, { filePath: 'post.txt' });
  expect(findings.filter((f) => f.text === 'Saturday, June 9' || f.text.startsWith('88 Birch')).map((f) => f.severity)).not.toContain('error');
});

it('is documented row by row, in order, in docs/context-model.md', async () => {
  const { readFileSync } = await import('node:fs');
  const page = readFileSync(new URL('../../docs/context-model.md', import.meta.url), 'utf8');
  expect(page).toContain('| `decision` | When | Severity |');
  const table = page.slice(page.indexOf('| `decision` | When | Severity |'));
  const rows = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).filter((d) => d !== 'decision');
  expect(rows).toEqual([...DECISIONS]);
});
