import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { parseSource } from '../../src/formats/index.js';
import { parseDirectiveText } from '../../src/suppress/directive-syntax.js';
import { applyDirectives } from '../../src/suppress/directives.js';
import { findDirectives } from '../../src/suppress/directives-find.js';
import { LineIndex } from '../../src/text/positions.js';
import { finding } from '../helpers/findings.js';
import { testRules, workspace } from '../helpers/workspace.js';

describe('parseDirectiveText', () => {
  it('reads the kind, the rules (commas or spaces) and the reason after --', () => {
    expect(parseDirectiveText(' phi-lint-disable-next-line test/phone, test/email -- the clinic line ')).toEqual({
      kind: 'disable-next-line', rules: ['test/phone', 'test/email'], reason: 'the clinic line',
    });
    expect(parseDirectiveText('phi-lint-disable -- a -- b')).toEqual({ kind: 'disable', rules: [], reason: 'a -- b' });
    expect(parseDirectiveText('phi-lint-enable test/phone')).toEqual({ kind: 'enable', rules: ['test/phone'] });
    expect(parseDirectiveText('phi-lint-disable --')).toEqual({ kind: 'disable', rules: [] });
  });

  it('ignores other comments and flags unknown phi-lint- words', () => {
    expect(parseDirectiveText('TODO: check the phone')).toBeUndefined();
    expect(parseDirectiveText('phi-lint-disable-line -- x')?.problem).toMatch(/unknown directive "phi-lint-disable-line"/);
  });
});

function find(source: string, filePath: string) {
  return findDirectives(source, filePath, parseSource(source, filePath).segments, new LineIndex(source));
}

describe('findDirectives', () => {
  it('text: # and // comment lines, blanked so they are not scanned', () => {
    const source = 'Hi\n  # phi-lint-disable-next-line -- ok 617-555-0100\n// phi-lint-enable\n# Weekly news\n';
    const { directives, segments } = find(source, 'a.txt');
    expect(directives.map((d) => [d.kind, d.line, source.slice(d.offset, d.endOffset)])).toEqual([
      ['disable-next-line', 3, '# phi-lint-disable-next-line -- ok 617-555-0100'],
      ['enable', undefined, '// phi-lint-enable'],
    ]);
    expect(segments[0].text).toHaveLength(source.length);
    expect(segments[0].text).not.toContain('617');
    expect(segments[0].text).toContain('# Weekly news');
  });

  it('markdown: HTML comments (next line = after the comment ends) and front-matter comments', () => {
    const source = '---\ntitle: x # phi-lint-disable-next-line -- fm\n---\n<!--\nphi-lint-disable-next-line test/phone -- ours\n-->\nCall 617-555-0100.\n\n<!-- a note -->\n';
    const { directives, segments } = find(source, 'a.md');
    expect(directives.map((d) => [d.rules, d.reason, d.line])).toEqual([[[], 'fm', 3], [['test/phone'], 'ours', 7]]);
    expect(segments.filter((s) => s.kind === 'comment').map((s) => s.text.trim())).toEqual(['a note']);
  });

  it('json: a "phi-lint-disable" field exempts its object; its own strings are not scanned', () => {
    const source = '{"posts": [{"body": "x", "phi-lint-disable": {"rules": ["test/phone"], "reason": "ours"}}], "phi-lint-disable": {"bogus": 1}}';
    const { directives, segments } = find(source, 'a.json');
    expect(directives.map((d) => [d.pointer, d.rules, d.reason, d.problem])).toEqual([
      ['/posts/0', ['test/phone'], 'ours', undefined],
      ['', [], undefined, expect.stringMatching(/takes only "rules".*and "reason".*found another key$/)],
    ]);
    // A misplaced key may be a name: the problem never quotes it.
    expect(directives[1].problem).not.toContain('bogus');
    // Property names are scanned too, except those of the directive itself.
    expect(segments.map((s) => [s.kind, s.pointer])).toEqual([
      ['json-key', '/posts'], ['json-string', '/posts/0/body'], ['json-key', '/posts/0/body'],
      // The reason is scanned, as a post of its own.
      ['text', '/posts/0/phi-lint-disable/reason'],
    ]);
    expect(segments[3]).toMatchObject({ text: 'ours', start: source.indexOf('ours') });
  });
});

describe('applyDirectives', () => {
  const known = new Set(['test/phone', 'test/email', 'test/mrn']);
  const options = { requireReason: true, knownRuleIds: known };
  // The directive's own span is away from the findings: a finding inside a directive's text is never suppressed.
  const d = (over: { offset?: number; [field: string]: unknown }) => ({ kind: 'disable-next-line' as const, rules: [], reason: 'why', offset: 100, endOffset: (over.offset ?? 100) + 5, ...over });

  it('next-line directives silence the listed rules on the next line only', () => {
    const f = [finding({ text: '617-555-0100', line: 2, offset: 10 }), finding({ text: 'a@example.org', ruleId: 'test/email', line: 2, offset: 30 }), finding({ text: '617-555-0142', line: 3, offset: 50 })];
    const out = applyDirectives(f, [d({ line: 2, rules: ['test/phone'] })], options);
    expect(out.findings).toEqual([f[1], f[2]]);
    expect(out.problems).toEqual([]);
  });

  it('blocks run from disable to a matching enable; a partial enable re-enables one rule', () => {
    const at = (offset: number, ruleId = 'test/phone') => finding({ text: 'x', offset, ruleId });
    const directives = [d({ kind: 'disable', offset: 10 }), d({ kind: 'enable', rules: ['test/phone'], offset: 30, reason: undefined }), d({ kind: 'enable', offset: 50, reason: undefined })];
    const kept = applyDirectives([at(5), at(20), at(40), at(40, 'test/email'), at(60, 'test/email')], directives, options).findings;
    expect(kept.map((f) => [f.offset, f.ruleId])).toEqual([[5, 'test/phone'], [40, 'test/phone'], [60, 'test/email']]);
  });

  it('never suppresses a finding inside a directive\'s own text (its reason is scanned)', () => {
    const inReason = finding({ text: '617-555-0142', line: 1, offset: 40 });
    const after = finding({ text: '617-555-0100', line: 2, offset: 80 });
    const block = d({ kind: 'disable', offset: 0, endOffset: 60 });
    expect(applyDirectives([inReason, after], [block], options).findings).toEqual([inReason]);
  });

  it('without a reason a directive suppresses nothing and is an error, unless reasons are optional', () => {
    const f = [finding({ text: 'x', line: 2 })];
    const out = applyDirectives(f, [d({ line: 2, reason: undefined })], options);
    expect(out.findings).toEqual(f);
    expect(out.problems).toEqual([expect.objectContaining({ ruleId: 'phi-lint/directive-without-reason', severity: 'error', category: 'directive' })]);
    expect(applyDirectives(f, [d({ line: 2, reason: undefined })], { ...options, requireReason: false })).toMatchObject({ findings: [], problems: [] });
  });

  it('reports unknown rules and malformed directives as errors that suppress nothing', () => {
    const f = [finding({ text: 'x', line: 2 })];
    const out = applyDirectives(f, [d({ line: 2, rules: ['test/phon'] }), d({ kind: 'disable-object', pointer: '', problem: 'bad field' })], options);
    expect(out.findings).toEqual(f);
    expect(out.problems.map((p) => [p.ruleId, p.message])).toEqual([
      ['phi-lint/invalid-directive', 'Unknown rule "test/phon" in phi-lint-disable-next-line; it suppresses nothing.'],
      ['phi-lint/invalid-directive', 'bad field; it suppresses nothing.'],
    ]);
  });

  it('an unknown-rule message names a mistyped rule id, never the words of a reason written without "--"', () => {
    const f = [finding({ text: 'x', line: 2 })];
    const messages = (rules: string[], reason?: string, kind: 'disable-next-line' | 'disable-object' = 'disable-next-line') =>
      applyDirectives(f, [d({ line: 2, rules, reason, kind, pointer: '' })], options).problems.map((p) => p.message);
    expect(messages(['test/phone', 'Jane', "Example's", 'photo'], undefined)).toEqual([
      'phi-lint-disable-next-line names 3 words that are not rule ids: the reason must follow "--" (phi-lint-disable-next-line RULE -- reason); it suppresses nothing.',
    ]);
    expect(messages(['consented'], 'ok')).toEqual(['phi-lint-disable-next-line names 1 word that is not a rule id: the reason must follow "--" (phi-lint-disable-next-line RULE -- reason); it suppresses nothing.']);
    expect(messages(['test/phon', 'test/mail'], 'ok')).toEqual(['Unknown rule "test/phon" (and 1 more) in phi-lint-disable-next-line; it suppresses nothing.']);
    expect(messages(['Jane Example'], 'ok', 'disable-object')[0]).toMatch(/^"phi-lint-disable" field names 1 word that is not a rule id: list only rule ids in "rules"/);
    expect(parseDirectiveText('phi-lint-disable:Jane_Example -- x')?.problem).toMatch(/^unknown directive "phi-lint-disable" \(/);
  });

  it('warns about unused directives, unused listed rules and enables that close nothing', () => {
    const f = [finding({ text: 'x', line: 2 })];
    const out = applyDirectives(f, [d({ line: 2, rules: ['test/phone', 'test/email'] }), d({ line: 9 }), d({ kind: 'enable', offset: 99, reason: undefined })], options);
    expect(out.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Unused rule "test/email" in phi-lint-disable-next-line: nothing from it was reported on the next line.'],
      ['warning', 'Unused phi-lint-disable-next-line: nothing was reported on the next line; remove it.'],
      ['warning', 'Unused phi-lint-enable: no phi-lint-disable before it is open.'],
    ]);
  });
});

describe('directives end to end (lintText)', () => {
  const cwd = workspace({});
  const lint = (text: string, filePath: string, inlineConfig?: boolean) =>
    lintText(text, { cwd, filePath, rules: testRules(), inlineConfig }).then((r) => r.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`));

  it('a directive\'s reason is scanned as a post of its own, and is no context for other findings', async () => {
    // "patient" in the reason makes its own phone and email errors; the phone of line 1 stays info.
    const text = 'Call 617-555-0100 today.\n# phi-lint-disable-next-line test/email -- not a patient: 617-555-0142, mail a@example.org\nWrite to b@example.org.\n';
    const line2 = text.split('\n')[1];
    expect(await lint(text, 'a.txt')).toEqual(['1:6 info test/phone', `2:${line2.indexOf('617') + 1} error test/phone`, `2:${line2.indexOf('a@') + 1} error test/email`]);
  });

  it('a directive cannot hide what its reason says (text, Markdown comment, JSON field)', async () => {
    const txt = 'Hello.\n# phi-lint-disable-next-line test/mrn -- our patient, MRN 7654321\nMRN 1234567\n';
    expect(await lint(txt, 'a.txt')).toEqual([`2:${txt.split('\n')[1].indexOf('MRN') + 1} error test/mrn`]);
    const md = 'Hello.\n\n<!-- phi-lint-disable test/mrn -- our patient, MRN 7654321 -->\nMRN 1234567\n';
    expect(await lint(md, 'a.md')).toEqual([`3:${md.split('\n')[2].indexOf('MRN') + 1} error test/mrn`]);
    const json = '{"body": "MRN 1234567", "phi-lint-disable": {"rules": ["test/mrn"], "reason": "our patient, MRN 7654321"}}';
    expect(await lint(json, 'a.json')).toEqual([`1:${json.lastIndexOf('MRN') + 1} error test/mrn`]);
  });

  it('--no-inline-config ignores every directive', async () => {
    const text = '<!-- phi-lint-disable -- ours -->\nCall 617-555-0100.\n';
    expect(await lint(text, 'a.md')).toEqual([]);
    expect(await lint(text, 'a.md', false)).toEqual(['2:6 info test/phone']);
  });

  it('directive findings point at the directive; JSON fields exempt nested values', async () => {
    const json = '{\n  "posts": [\n    { "body": "Our patient, MRN 1234567", "phi-lint-disable": { "rules": ["test/mrn"] } },\n    { "reply": { "text": "MRN 7654321" }, "phi-lint-disable": { "reason": "test record" } }\n  ]\n}\n';
    const line3 = json.split('\n')[2];
    const col = (s: string) => line3.indexOf(s) + 1;
    expect(await lint(json, 'a.json')).toEqual([`3:${col('MRN')} error test/mrn`, `3:${col('"phi-lint-disable"')} error phi-lint/directive-without-reason`]);
  });
});
