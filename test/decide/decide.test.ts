import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { buildPostContext, sentenceIndex } from '../../src/context/post.js';
import { parseSource } from '../../src/formats/index.js';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks, parsePack } from '../../src/packs/load.js';

/**
 * The decision model with stand-in detectors (fixed names, a date pattern,
 * a phone pattern) so these tests exercise context, not detection.
 */
const problems: string[] = [];
const testRules = parsePack(
  `rules:
  - id: t/name
    category: name
    severity: error
    link: person
    unlinked: warning
    message: Name.
    detector: lexicon
    terms: [Anna Lindqvist, Chris, Anil Mehta, Rosa Diaz, Mehta, Lindqvist, Jordan Blake]
    examples: { match: [Chris], noMatch: [x] }
  - id: t/place
    category: location
    severity: error
    link: person
    unlinked: info
    message: Place.
    detector: lexicon
    terms: [Riverbend Family Clinic]
    examples: { match: [Riverbend Family Clinic], noMatch: [x] }
  - id: t/city
    category: location
    severity: error
    link: person
    unlinked: info
    message: City.
    detector: lexicon
    terms: [Dallas]
    ownPlace: { near: [our clinic, clinic, opens], window: 40, sentence: true }
    examples: { match: [Dallas], noMatch: [x] }
  - id: t/date
    category: date
    severity: error
    link: person
    unlinked: info
    message: Date.
    detector: pattern
    patterns: ['\\b(?:June|July) \\d{1,2}\\b', '\\bMonday\\b']
    examples: { match: [June 9], noMatch: [x] }
  - id: t/phone
    category: phone
    severity: error
    link: person
    unlinked: info
    message: Phone.
    detector: pattern
    patterns: ['555-01\\d\\d']
    examples: { match: [555-0100], noMatch: [x] }
`,
  'test.yaml',
  new Map(),
  problems,
);
// The care detail beside an error is tested on its own below: these tests read the identifiers' decisions.
const context = loadPacks(builtinPacks()).filter((r) => r.spec.id.startsWith('context/') && r.spec.id !== 'context/care-detail');
const rules = [...testRules, ...context];

async function severities(text: string, filePath = 'post.txt') {
  const { findings } = await lintText(text, { filePath, rules });
  return findings.map((f) => `${f.category}:${f.severity}`);
}

describe('decision model', () => {
  it('loads the stand-in pack', () => expect(problems).toEqual([]));

  it('an event announcement with a date and the clinic phone is not an error', async () => {
    expect(await severities('Free blood-pressure checks June 9 at the Westside library. Call 555-0100 to register.')).toEqual([
      'date:info',
      'phone:info',
    ]);
  });

  it('a count of patients is a statistic, not a patient', async () => {
    expect(await severities('On June 9 our ER saw 1,200 patients.')).toEqual(['date:info']);
  });

  it('the unit is not a stay in it ("we opened our NICU" / "97 days in our NICU")', async () => {
    expect(await severities('We opened our NICU on June 9, 1979.')).toEqual(['date:info']);
    expect(await severities('After 97 days in our NICU, Chris went home on June 9.')).toEqual(['name:error', 'date:error']);
  });

  it("a department named after patients is not a patient ('our Patient Experience team')", async () => {
    expect(await severities('Please contact our Patient Experience team at 555-0190.')).toEqual(['phone:info']);
  });

  it("a patient's name is the person a condition or treatment is about; a care setting alone is not care", async () => {
    expect(await severities('Anna Lindqvist graduated from cardiac rehab.')).toEqual(['name:error']);
    expect(await severities('Anna Lindqvist volunteers at our hospice.')).toEqual(['name:warning']);
    expect(await severities('Dr. Anil Mehta graduated from cardiac rehab.')).toEqual(['name:info']);
  });

  it('a place of residence is not the organisation\'s site, and in a patient story it goes with the name beside it', async () => {
    const text = 'Jordan Blake, 34, of Dallas was flown to our clinic by helicopter.\nThat was in spring. After his hip surgery, he is home.';
    expect(await severities(text)).toEqual(['name:error', 'location:error']);
  });

  it('the same date next to a patient is an error', async () => {
    expect(await severities('Our patient was admitted June 9 with pneumonia.')).toEqual(['date:error']);
  });

  it('a name with health details about that person is an error and says why', async () => {
    const { findings } = await lintText('Anna Lindqvist finished her last round of chemo today!', { rules });
    expect(findings[0]).toMatchObject({ category: 'name', severity: 'error' });
    expect(findings[0].message).toMatch(/chemo/);
  });

  it('staff named by title or role are not errors, even next to health words', async () => {
    expect(await severities('Dr. Anil Mehta performs knee replacements at our orthopedic clinic.')).toEqual(['name:info']);
    expect(await severities('Rosa Diaz, RN, explains how to manage diabetes at home.')).toEqual(['name:info']);
  });

  it('a name elsewhere in a patient story is an error', async () => {
    expect(await severities('# Home for the holidays\n\nOur patient was discharged after heart surgery.\n\nJordan Blake thanks the team.', 'a.md')).toEqual([
      'name:error',
    ]);
  });

  it('a date in the organisation voice of a patient story post stays unlinked', async () => {
    const text = 'Our patient was discharged after heart surgery.\n\nJoin us for our heart health fair on July 12.';
    expect(await severities(text)).toEqual(['date:info']);
  });

  it("a finding's own words are not its context ('Family Clinic' is a name, not a family at a clinic)", async () => {
    expect(await severities('Saturday walk-ins at Riverbend Family Clinic.')).toEqual(['location:info']);
    expect(await severities('Her family drove her to Riverbend Family Clinic after the stroke.')).toEqual(['location:error']);
  });

  it('age and sex with a condition is not a finding', async () => {
    expect(await severities('A 62-year-old woman with asthma asked about inhalers.')).toEqual([]);
  });

  it('a combo singles out a patient without a name', async () => {
    expect(await severities('The 41-year-old firefighter was treated for burns at our hospital.')).toEqual(['quasi-identifier:error']);
  });

  it('a reply that confirms care is an error, and so is the name in it', async () => {
    const json = '{"post": "Great care!", "replies": [{"text": "Sorry your MRI ran late on Monday, Chris; we can see you were rescheduled twice."}]}';
    const found = await severities(json, 'post.json');
    expect(found).toContain('patient-relationship:error');
    expect(found).toContain('name:error');
    expect(found).toContain('date:error');
  });

  it("the organisation's own site is reported only where a particular patient was cared for", async () => {
    expect(await severities('Our Dallas clinic opens next week.')).toEqual([]);
    expect(await severities('Patients at our Dallas clinic can now book online.')).toEqual([]);
    expect(await severities('Thanks to everyone who came to our Dallas clinic open house!')).toEqual([]);
    expect(await severities('She was seen at our Dallas clinic for a sprained ankle.')).toEqual(['location:error']);
    expect(await severities('Patients like Chris, who came to our Dallas clinic, asked about it.')).toContain('location:error');
    // Away from the site's words the city is decided as any other.
    expect(await severities('She grew up in Dallas.')).toEqual(['location:info']);
  });

  it('a generic reply is not an error', async () => {
    const json = '{"replies": [{"text": "Thanks Chris! Please call 555-0100 to book your visit."}]}';
    expect((await severities(json, 'post.json')).filter((s) => s.endsWith(':error'))).toEqual([]);
  });
});

describe('an image path in a JSON object', () => {
  const photoRules = loadPacks(builtinPacks()).filter((r) => r.spec.id === 'identifiers/photo');
  const photo = async (json: object) =>
    (await lintText(JSON.stringify(json, null, 2), { filePath: 'post.json', rules: photoRules })).findings.map((f) => f.severity);

  it('takes its context from the alt text beside it', async () => {
    expect(await photo({ body: 'Brave kids week!', image: { src: 'img/a.jpg', alt: 'Our patient smiling before her tonsillectomy' } })).toEqual(['error']);
    expect(await photo({ body: 'Brave kids week!', image: { src: 'img/a.jpg', alt: 'The new playground on the third floor' } })).toEqual(['info']);
  });

  it('does not lend the alt text to other values of the object', () => {
    const text = JSON.stringify({ card: { note: 'See the garden', src: 'img/a.jpg', alt: 'Our patient before her tonsillectomy' } });
    const { segments } = parseSource(text, 'post.json');
    const ctx = buildPostContext(segments);
    const at = (key: string) => ctx.sentences[sentenceIndex(ctx, segments.findIndex((x) => x.key === key), 0)].text;
    expect(at('src')).toBe('Our patient before her tonsillectomy');
    expect(at('note')).toBe('See the garden');
  });
});

describe('a care detail (context/care-detail)', () => {
  const all = loadPacks(builtinPacks());
  const care = async (text: string) => (await lintText(text, { filePath: 'post.txt', rules: all })).findings.filter((f) => f.ruleId === 'context/care-detail');

  it('points at the care told of the patient, as a warning beside the identifier\'s error', async () => {
    const found = await care('Our patient Anna Lindqvist was admitted with pneumonia on Monday.');
    expect(found.map((f) => [f.text, f.severity, f.reason])).toEqual([['admitted with pneumonia', 'warning', 'beside the identifiers flagged in this post']]);
  });

  it('is not reported in a post with no error: a care detail alone identifies no one', async () => {
    expect(await care('One of our patients was admitted with pneumonia this week; she is doing well.')).toEqual([]);
    expect(await care('Pneumonia season is here: ask us about the vaccine.')).toEqual([]);
  });

  it('leaves replies to the reply rule', async () => {
    const reply = '{"review":{"author":"Kim T.","text":"Great visit."},"draft_reply":"Thanks Kim! So glad your new crown feels comfortable."}';
    const { findings } = await lintText(reply, { filePath: 'reply.json', rules: all });
    expect(findings.some((f) => f.ruleId === 'context/patient-relationship')).toBe(true);
    expect(findings.filter((f) => f.ruleId === 'context/care-detail')).toEqual([]);
  });
});
