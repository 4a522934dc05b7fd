import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../src/api.js';
import { PRIVACY_SAFE_REPLY } from '../../src/fix/sentences.js';

/** Synthetic people only; each case names the rewrite it holds. */
const fixed = async (text: string, filePath = 'post.txt') => (await fixText(text, { filePath, configLookup: false })).text;

describe('fixText: rewrites by category and context', () => {
  it('names a patient "our patient", drops a name the words before already name, keeps the rest byte-identical', async () => {
    const text = 'Happy birthday to our patient Rosalind Quibley! We were glad to help.\nMeet Rosalind Quibley, a Fairview mom who had a stroke.';
    const out = await fixed(text);
    expect(out).toBe('Happy birthday to our patient! We were glad to help.\nMeet our patient, a local mom who had a stroke.');
  });

  it('keeps the year of a date and turns a day without one into "recently"', async () => {
    expect(await fixed('Our patient Tomasz Wirel was admitted on March 14, 2025 for a stroke.')).toBe('Our patient was admitted in 2025 for a stroke.');
    expect(await fixed('Our patient Tomasz Wirel was admitted last Friday with a stroke.')).toContain('admitted recently with a stroke');
  });

  it('writes an age over 89 as 90 or older', async () => {
    const out = await fixed('Our patient turned 94 years old on the dialysis unit.');
    expect(out).toBe('Our patient is 90 or older on the dialysis unit.');
    expect(await fixed('Our patient Margaret Thornbury, 94, had a stroke.')).toBe('Our patient, 90 or older, had a stroke.');
  });

  it('removes an identifier with its label', async () => {
    expect(await fixed('Admitted for chest pain. MRN: 00739142. Please remove.')).toBe('Admitted for chest pain. Please remove.');
  });

  it('replaces a reply confirming care with the standard privacy-safe reply', async () => {
    const text = JSON.stringify({ review: 'Long wait.', draft_reply: 'Hi Dana, sorry your MRI ran late; we can see you were rescheduled twice.' }, null, 2);
    const out = JSON.parse(await fixed(text, 'reply.json'));
    expect(out.draft_reply).toBe(PRIVACY_SAFE_REPLY);
    expect(out.review).toBe('Long wait.');
  });

  it('escapes a replacement inside a JSON string and keeps the structure', async () => {
    const text = '{"posts": [{"body": "Our patient \\"Tomasz\\" Wirel was admitted on March 14, 2025 with a stroke."}, {"body": "Flu shots Friday."}]}';
    const out = await fixed(text, 'cal.json');
    const parsed = JSON.parse(out);
    expect(parsed.posts).toHaveLength(2);
    expect(parsed.posts[0].body).not.toContain('March 14');
    expect(parsed.posts[1].body).toBe('Flu shots Friday.');
  });

  it('keeps Markdown emphasis around a rewritten name and the front matter keys', async () => {
    const text = '---\ntitle: Stroke story\n---\nMeet **Rosalind Quibley**, who had a stroke at our hospital.\n';
    const out = await fixed(text, 'post.md');
    expect(out).toBe('---\ntitle: Stroke story\n---\nMeet **our patient**, who had a stroke at our hospital.\n');
  });

  it('gives overlapping findings one fix', async () => {
    const text = 'Our patient was admitted for a stroke. Member ID HHP553019827.';
    const { fixes } = await fixText(text, { filePath: 'post.txt', configLookup: false });
    const covered = fixes.flatMap((f) => f.findings);
    expect(fixes).toHaveLength(1);
    expect(covered.length).toBeGreaterThanOrEqual(2);
  });

  it('does not rewrite a finding a directive suppresses', async () => {
    const text = '<!-- phi-lint-disable-next-line -- consent on file -->\nMeet Rosalind Quibley, who had a stroke.\n';
    expect(await fixed(text, 'post.md')).toBe(text);
  });

  it('leaves no fixable error for a second run', async () => {
    const text = 'Our patient Tomasz Wirel (MRN 00739142) of Fairview was admitted on March 14, 2025 after a stroke. Call his wife at 555-0142.';
    const once = await fixed(text);
    const again = await lintText(once, { filePath: 'post.txt', configLookup: false });
    const second = await fixText(once, { filePath: 'post.txt', configLookup: false });
    expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(second.fixes).toEqual([]);
  });
});

describe('fixText: names as the sentence needs them', () => {
  it('drops a name spoken to, a hashtag naming someone, and joins repeated rewrites', async () => {
    expect(await fixed('Our patient had a stroke. Rest well, Tomasz Wirel.')).toBe('Our patient had a stroke. Rest well.');
    expect(await fixed('Tomasz Wirel, thank you for choosing us for your knee surgery!')).toBe('Thank you for choosing us for your knee surgery!');
    expect(await fixed('Our patient Tomasz had a stroke. #Tomasz', 'post.md')).toBe('Our patient had a stroke.');
    expect(await fixed('🔔 Yesterday, March 14, our patient Tomasz Wirel rang the bell after chemo.')).toBe('🔔 Recently, our patient rang the bell after chemo.');
  });

  it('empties brackets an identifier leaves behind', async () => {
    expect(await fixed('Our patient (MRN 00739142) had a stroke.')).toBe('Our patient had a stroke.');
  });
});

describe('fixText: the file stays what it was', () => {
  it('never edits a JSON key (the structure must stay), only string values', async () => {
    const text = '{"Rosalind Quibley": "Our patient Rosalind Quibley had a stroke on March 14, 2025."}';
    const out = await fixed(text, 'keys.json');
    expect(Object.keys(JSON.parse(out))).toEqual(['Rosalind Quibley']);
    expect(JSON.parse(out)['Rosalind Quibley']).toBe('Our patient had a stroke in 2025.');
  });

  it('keeps CRLF line ends and the lines it does not fix', async () => {
    const text = 'Flu shots Friday.\r\nOur patient Tomasz Wirel had a stroke on March 14, 2025.\r\nSee you there!\r\n';
    expect(await fixed(text)).toBe('Flu shots Friday.\r\nOur patient had a stroke in 2025.\r\nSee you there!\r\n');
  });

  it('edits a front-matter value, never its key', async () => {
    const text = "---\ntitle: 'Rosalind Quibley beat her stroke'\n---\nA story.\n";
    expect(await fixed(text, 'post.md')).toBe("---\ntitle: 'Our patient beat her stroke'\n---\nA story.\n");
  });
});

describe('fixText: contact details', () => {
  it('removes a phone number with the preposition that led to it', async () => {
    expect(await fixed('Our patient Tomasz Wirel had a stroke. Call his wife at 555-0142.')).toBe('Our patient had a stroke. Call his wife.');
  });
});
