import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../src/api.js';
import { codeActions, FIX_ALL, QUICK_FIX } from '../../src/lsp/code-actions.js';

const TEXT = '{"post": "Our patient Maria Lopez went home on June 9.\\nMRN 00571938"}\n';
const target = { uri: 'file:///drafts/a.json', version: 4, versioned: true };

describe('lsp code actions', async () => {
  const result = await lintDraft(TEXT, { filePath: '/drafts/a.json', configLookup: false });
  const span = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

  it('offers the fixes of the findings under the cursor, spelled for the file (escaped in JSON), on this version', () => {
    const actions = codeActions(result, span('00571938'), target);
    const quick = actions.filter((a) => a.kind === QUICK_FIX && a.diagnostics?.length);
    expect(quick.map((a) => a.diagnostics![0].code)).toEqual(['identifiers/mrn']);
    const change = quick[0].edit!.documentChanges![0] as { textDocument: unknown; edits: { newText: string }[] };
    expect(change.textDocument).toEqual({ uri: target.uri, version: 4 });
    expect(actions.at(-1)!.title).toMatch(/^Fix all phi-lint problems in this file \(\d+\)$/);
  });

  it('offers nothing where there is no finding, and only the whole-file fix when asked for source.fixAll', () => {
    expect(codeActions(result, { start: 0, end: 1 }, target)).toEqual([]);
    const only = codeActions(result, { start: 0, end: 1 }, { ...target, versioned: false }, ['source.fixAll']);
    expect(only.map((a) => a.kind)).toEqual([FIX_ALL]);
    const edits = only[0].edit!.changes![target.uri];
    expect(edits.length).toBeGreaterThan(1);
    // Every replacement keeps the JSON a JSON string: no raw line break or quote.
    for (const e of edits) expect(e.newText).not.toMatch(/["\n]/);
  });
});
