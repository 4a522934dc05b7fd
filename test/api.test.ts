import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFixes, lintDraft, lintText } from '../src/api.js';
import { runCli } from './helpers/run.js';
import { workspace } from './helpers/workspace.js';

const POST = 'Happy 90th birthday to our patient Maria Lopez, MRN 00571938! She went home on June 9.\n';

describe('lintDraft and draftFixes (the editor and the review page)', () => {
  it('keeps the text unmasked and puts a suggested fix on each error and warning', async () => {
    const result = await lintDraft(POST, { filePath: 'post.md', configLookup: false });
    const mrn = result.findings.find((f) => f.ruleId === 'identifiers/mrn')!;
    expect(mrn.text).toBe('00571938');
    expect(mrn.fix).toMatchObject({ text: '' });
    expect(result.source).toBe(POST);
    expect(result.findings.filter((f) => f.severity !== 'info').every((f) => f.fix)).toBe(true);
  });

  it('applies a baseline without writing it, and fails clearly when it is missing', async () => {
    const cwd = workspace({ 'post.md': POST });
    expect((await runCli(['--baseline', 'bl.json', '--update-baseline', 'post.md'], cwd)).code).toBe(0);
    const filePath = path.join(cwd, 'post.md');
    expect((await lintText(POST, { filePath, cwd })).findings.length).toBeGreaterThan(0);
    expect((await lintDraft(POST, { filePath, cwd, baseline: 'bl.json' })).findings).toEqual([]);
    // A new occurrence is still reported.
    expect((await lintDraft(POST + 'MRN 00570042\n', { filePath, cwd, baseline: 'bl.json' })).findings.map((f) => f.ruleId)).toEqual(['identifiers/mrn']);
    await expect(lintDraft(POST, { filePath, cwd, baseline: 'none.json' })).rejects.toThrow('baseline file none.json not found');
  });

  it('gives the edits of every fix, which leave no error behind', async () => {
    const result = await lintDraft(POST, { filePath: 'post.md', configLookup: false });
    const edits = draftFixes(result);
    expect(edits.length).toBeGreaterThan(2);
    let text = POST;
    for (const e of [...edits].reverse()) text = text.slice(0, e.offset) + e.text + text.slice(e.endOffset);
    expect((await lintDraft(text, { filePath: 'post.md', configLookup: false })).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(draftFixes({ ...result, fatal: [{ line: 1, column: 1, message: 'bad' }] })).toEqual([]);
  });
});
