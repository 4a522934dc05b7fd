import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { approve, lintFiles } from '../../src/api.js';
import { readApprovals, postKey } from '../../src/approvals/file.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();

const REGISTRY = `- id: AUTH-2026-014
  subject: Riley Example, triathlon story
  covers: { categories: [name] }
  expires: 2099-12-31
`;
const CONSENTED = `---
consent: AUTH-2026-014
---
Riley Example finished her first triathlon a year after her knee surgery at our clinic.
`;
const EVENT = 'Join us for free flu shots at the Westside library this Saturday.\n';

const approvalFindings = async (cwd: string, files = ['posts']) =>
  (await lintFiles(files, { cwd, concurrency: 'off' })).files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'approval/missing').map((x) => ({ file: f.filePath, reason: x.reason, severity: x.severity })));

describe('requireApproval', () => {
  it('consent: a consented post fails until approved; editing it makes the approval stale and says so', async () => {
    const cwd = workspace({ '.phi-lint.yaml': 'consentRegistry: consent.yaml\nrequireApproval: consent\n', 'consent.yaml': REGISTRY, 'posts/riley.md': CONSENTED, 'posts/event.md': EVENT });
    expect(await approvalFindings(cwd)).toEqual([
      { file: 'posts/riley.md', severity: 'error', reason: 'it relies on consent AUTH-2026-014; no approval is recorded for its current text' },
    ]);

    const { approval, file } = await approve('posts/riley.md', { cwd, by: 'Dana Reviewer', note: 'checked against the signed form', time: new Date('2026-12-01T09:00:00Z') });
    expect(file).toBe(path.join(cwd, '.phi-lint', 'approvals.jsonl'));
    expect(approval).toMatchObject({ post: 'posts/riley.md', by: 'Dana Reviewer', time: '2026-12-01T09:00:00.000Z', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await approvalFindings(cwd)).toEqual([]);

    writeFileSync(path.join(cwd, 'posts/riley.md'), CONSENTED.replace('a year', 'two years'));
    expect(await approvalFindings(cwd)).toEqual([
      { file: 'posts/riley.md', severity: 'error', reason: 'it relies on consent AUTH-2026-014; the approval by Dana Reviewer on 2026-12-01 is stale: the post changed since' },
    ]);
    // Putting the approved text back makes the approval good again: it is bound to the text.
    writeFileSync(path.join(cwd, 'posts/riley.md'), CONSENTED);
    expect(await approvalFindings(cwd)).toEqual([]);
  }, 30_000);

  it('always: every post; the approvals file can be moved by config; the rule can be switched off or lowered', async () => {
    const cwd = workspace({ '.phi-lint.yaml': 'requireApproval: always\napprovals: review/approvals.jsonl\n', 'posts/event.md': EVENT });
    expect(await approvalFindings(cwd)).toHaveLength(1);
    const { file } = await approve('posts/event.md', { cwd, by: 'Sam Reviewer' });
    expect(file).toBe(path.join(cwd, 'review', 'approvals.jsonl'));
    expect(readApprovals(file, 'approvals.jsonl').map((a) => a.post)).toEqual(['../posts/event.md']);
    expect(await approvalFindings(cwd)).toEqual([]);

    writeFileSync(path.join(cwd, '.phi-lint.yaml'), 'requireApproval: always\nrules: { approval/missing: warning }\n');
    expect(await approvalFindings(cwd)).toEqual([{ file: 'posts/event.md', severity: 'warning', reason: expect.stringContaining('no approval') }]);
    writeFileSync(path.join(cwd, '.phi-lint.yaml'), 'requireApproval: always\nrules: { approval/missing: "off" }\n');
    expect(await approvalFindings(cwd)).toEqual([]);
    writeFileSync(path.join(cwd, '.phi-lint.yaml'), 'root: true\n');
    expect(await approvalFindings(cwd)).toEqual([]);
  }, 30_000);

  it('refuses an approval without a name, of an ignored post, or with a note that names someone', async () => {
    const cwd = workspace({ '.phi-lint.yaml': 'ignorePatterns: [drafts/]\n', 'posts/event.md': EVENT, 'drafts/x.md': EVENT });
    await expect(approve('posts/event.md', { cwd, by: '  ' })).rejects.toThrow(/needs the reviewer's name/);
    await expect(approve('drafts/x.md', { cwd, by: 'Sam' })).rejects.toThrow(/ignored by your config/);
    await expect(approve('posts/missing.md', { cwd, by: 'Sam' })).rejects.toThrow(/cannot approve posts\/missing\.md/);
    await expect(approve('posts/event.md', { cwd, by: 'Sam', note: 'Riley Example has her MRN 4417728 on file' })).rejects.toThrow(/--note looks like it holds an identifier/);
    expect(() => readFileSync(path.join(cwd, '.phi-lint', 'approvals.jsonl'))).toThrow();
  }, 30_000);
});

describe('approvals file', () => {
  it('names posts from the project folder when the file is in .phi-lint/, else from its own folder', () => {
    expect(postKey('/repo/.phi-lint/approvals.jsonl', '/repo/posts/a.md')).toBe('posts/a.md');
    expect(postKey('/repo/review/approvals.jsonl', '/repo/posts/a.md')).toBe('../posts/a.md');
  });

  it('a line that is not an approval is a located error', () => {
    const cwd = workspace({ 'approvals.jsonl': '{"v":1,"post":"a.md","sha256":"00","rules":"x","by":"Sam","time":"t"}\n\nnot json\n' });
    expect(() => readApprovals(path.join(cwd, 'approvals.jsonl'), 'approvals.jsonl')).toThrow(/approvals\.jsonl:1:1: not an approval record[\s\S]*approvals\.jsonl:3:1/);
  });
});
