import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DraftLinter } from '../../src/lsp/draft-linter.js';
import { workspace } from '../helpers/workspace.js';

const doc = (uri: string, text: string, version = 1, languageId = 'markdown') => ({ uri, languageId, version, getText: () => text });

describe('DraftLinter', () => {
  const cwd = workspace({});
  const linter = new DraftLinter({ cwd, configLookup: false });
  const file = (name: string) => pathToFileURL(path.join(cwd, name)).href;

  it('reads .md, .markdown, .txt and .json files, and unsaved buffers of those languages as files in the workspace', () => {
    for (const name of ['a.md', 'b.MARKDOWN', 'c.txt', 'd.json']) expect(linter.filePathOf({ uri: file(name), languageId: 'whatever' })).toBe(path.join(cwd, name));
    expect(linter.filePathOf({ uri: file('notes.yaml'), languageId: 'yaml' })).toBeUndefined();
    expect(linter.filePathOf({ uri: 'untitled:Untitled-1', languageId: 'markdown' })).toBe(path.join(cwd, 'untitled.md'));
    expect(linter.filePathOf({ uri: 'untitled:Untitled-2', languageId: 'plaintext' })).toBe(path.join(cwd, 'untitled.txt'));
    expect(linter.filePathOf({ uri: 'untitled:Untitled-3', languageId: 'python' })).toBeUndefined();
  });

  it('lints a version once and answers again from memory; a new version or a forgotten document is linted afresh', async () => {
    const uri = file('post.md');
    const first = await linter.lint(doc(uri, 'Our patient Maria Lopez, MRN 00571938.'));
    expect(first?.findings.map((f) => f.ruleId)).toContain('identifiers/mrn');
    expect(await linter.lint(doc(uri, 'ignored: same version'))).toBe(first);
    const second = await linter.lint(doc(uri, 'Flu shots on Saturday.', 2));
    expect(second?.findings).toEqual([]);
    linter.forget(uri);
    expect(await linter.lint(doc(uri, 'Flu shots on Saturday.', 2))).not.toBe(second);
    expect(await linter.lint(doc(file('x.yaml'), 'MRN 00571938', 1, 'yaml'))).toBeUndefined();
  });
});
