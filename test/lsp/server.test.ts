import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { initializeParams, LspClient } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run.js';
import { workspace } from '../helpers/workspace.js';

const POST = '# Thank you\n\nHappy 90th birthday to our patient Maria Lopez, MRN 00571938! She went home on June 9.\n';

/** An LSP position of an offset in `text` (no line ends before column counting matters here beyond \n). */
function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}
const rangeOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
};
/** The text a diagnostic's range covers. */
function covered(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
/** What an editor does with a versioned workspace edit: apply its text edits, last first. */
function applyEdit(text: string, edit: any): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [...edit.documentChanges[0].edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return edits.reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const clients: LspClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

async function started(root: string, args: string[] = []) {
  const client = new LspClient(['--debounce', '150', ...args], root);
  clients.push(client);
  const init = await client.request('initialize', initializeParams(root));
  client.notify('initialized', {});
  return { client, init };
}

function open(client: LspClient, root: string, name: string, text: string, languageId = 'markdown') {
  const uri = pathToFileURL(path.join(root, name)).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

describe('phi-lint lsp', () => {
  it('initializes with incremental sync and code actions, publishes unmasked findings with rule id and docs link, and shuts down cleanly', async () => {
    const root = workspace({});
    const { client, init } = await started(root);
    expect(init.capabilities.textDocumentSync).toBe(2);
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.phi-lint']);
    expect(init.serverInfo.name).toBe('phi-lint');

    const uri = open(client, root, 'post.md', POST);
    const diagnostics = await client.diagnostics(uri, 1);
    const mrn = diagnostics.find((d) => d.code === 'identifiers/mrn');
    expect(mrn).toMatchObject({ severity: 1, source: 'phi-lint', range: rangeOf(POST, '00571938') });
    // The short message (the rule's title, and the reason for its severity when there is one), as the one-line reports print it.
    expect(mrn.message).toBe('Medical record number');
    expect(diagnostics.find((d) => d.code === 'identifiers/person-name').message).toMatch(/^Person's name \(.+\)$/);
    expect(covered(POST, diagnostics.find((d) => d.code === 'identifiers/person-name').range)).toBe('Maria Lopez');
    // Every built-in rule links to its page in the installed package.
    for (const d of diagnostics) {
      expect(d.codeDescription.href).toMatch(new RegExp(`/docs/rules/${d.code}\\.md$`));
      expect(existsSync(fileURLToPath(d.codeDescription.href))).toBe(true);
    }
    expect(JSON.stringify(diagnostics)).not.toContain('***');
    expect(await client.stop()).toBe(0);
  });

  it('applies incremental changes and lints once after a burst of edits (debounced per document)', async () => {
    const root = workspace({});
    const { client } = await started(root);
    const uri = open(client, root, 'post.md', POST);
    expect((await client.diagnostics(uri, 1)).map((d) => d.code)).toContain('identifiers/mrn');

    // Replace "MRN 00571938" with "our nurse" as an editor sends it: a range and its new text.
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: rangeOf(POST, 'MRN 00571938'), text: 'our nurse' }] });
    const second = await client.diagnostics(uri, 2);
    expect(second.map((d) => d.code)).not.toContain('identifiers/mrn');
    expect(second.map((d) => d.code)).toContain('identifiers/person-name');

    // Five keystrokes in a row: only the last version is linted and published.
    const at = positionOf(POST, POST.length - 1);
    for (let v = 3; v <= 7; v++) {
      client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: at, end: at }, text: '!' }] });
    }
    await client.diagnostics(uri, 7);
    const versions = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params.version);
    expect(versions).toEqual([1, 2, 7]);
  });

  it('offers each fix as a quick fix, and every fix of the file as one action', async () => {
    const root = workspace({});
    const { client } = await started(root);
    const uri = open(client, root, 'post.md', POST);
    const diagnostics = await client.diagnostics(uri, 1);

    const range = rangeOf(POST, '00571938');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
    const quick = actions.find((a: any) => a.kind === 'quickfix' && a.diagnostics[0].code === 'identifiers/mrn');
    expect(quick.title).toBe('Remove "MRN 00571938" (phi-lint)');
    expect(quick.edit.documentChanges[0].textDocument).toEqual({ uri, version: 1 });
    const fixedOne = applyEdit(POST, quick.edit);
    expect(fixedOne).not.toContain('00571938');
    expect(fixedOne).toContain('Maria Lopez');
    expect(actions.some((a: any) => a.title.startsWith('Fix all phi-lint problems in this file'))).toBe(true);

    const [all] = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(all.kind).toBe('source.fixAll.phi-lint');
    const fixed = applyEdit(POST, all.edit);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.diagnostics(uri, 2);
    expect(after.filter((d) => d.severity === 1)).toEqual([]);
    expect(fixed).not.toMatch(/Maria|00571938|June 9/);
  });

  it('honours the config files, inline directives, consent records and the baseline that the CLI reads', async () => {
    const root = workspace({
      '.phi-lint.yaml': 'rules:\n  identifiers/date: off\nconsentRegistry: consent.yaml\n',
      'consent.yaml': "- id: AUTH-2026-014\n  subject: synthetic story\n  covers:\n    categories: [name, date, age]\n  expires: 2099-12-31\n",
      'old.md': 'Chart sample: MRN 00571111 waits.\n',
    });
    expect((await runCli(['--baseline', 'bl.json', '--update-baseline', '-f', 'json', 'old.md'], root)).code).toBe(0);
    const { client } = await started(root, ['--baseline', 'bl.json']);

    const post = open(client, root, 'post.md', POST);
    const codes = (await client.diagnostics(post, 1)).map((d) => d.code);
    expect(codes).toContain('identifiers/mrn');
    expect(codes).not.toContain('identifiers/date');

    const directive = '<!-- phi-lint-disable-next-line identifiers/mrn -- synthetic chart from the training deck -->\nTraining slide: MRN 00570042.\n';
    const d = open(client, root, 'directive.md', directive);
    expect((await client.diagnostics(d, 1)).map((x) => x.code)).not.toContain('identifiers/mrn');

    const consented = open(client, root, 'consented.md', `---\nconsent: AUTH-2026-014\n---\nHappy birthday to our patient Maria Lopez, who went home on June 9!\n`);
    const name = (await client.diagnostics(consented, 1)).find((x) => x.code === 'identifiers/person-name');
    expect(name.severity).toBe(3);
    expect(name.message).toContain('covered by consent AUTH-2026-014');

    const old = open(client, root, 'old.md', readFileSync(path.join(root, 'old.md'), 'utf8'));
    expect((await client.diagnostics(old, 1)).map((x) => x.code)).not.toContain('identifiers/mrn');
    // The baseline is only read: the file is as the CLI wrote it.
    expect(JSON.parse(readFileSync(path.join(root, 'bl.json'), 'utf8')).entries.map((e: { ruleId: string }) => e.ruleId)).toEqual(['identifiers/mrn']);
  });

  it('checks the open documents again when a watched config file changes', async () => {
    const root = workspace({});
    const { client } = await started(root);
    const uri = open(client, root, 'post.md', POST);
    expect((await client.diagnostics(uri, 1)).map((d) => d.code)).toContain('identifiers/mrn');
    const registration = client.requests.find((r) => r.method === 'client/registerCapability');
    expect(registration?.params.registrations[0].registerOptions.watchers.map((w: { globPattern: string }) => w.globPattern)).toContain('**/.phi-lint.{yaml,yml,json}');

    writeFileSync(path.join(root, '.phi-lint.yaml'), 'rules:\n  identifiers/mrn: off\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(root, '.phi-lint.yaml')).href, type: 1 }] });
    const again = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d: { code: string }) => d.code === 'identifiers/mrn'));
    expect(again.version).toBe(1);
    expect(again.diagnostics.map((d: { code: string }) => d.code)).toContain('identifiers/person-name');
  });

  it('says so on the document when its config cannot be read, and leaves other kinds of file alone', async () => {
    const root = workspace({ '.phi-lint.yaml': 'rulez: {}\n' });
    const { client } = await started(root);
    const yaml = open(client, root, 'notes.yaml', 'MRN 00571938\n', 'yaml');
    const uri = open(client, root, 'post.md', POST);
    const [problem] = await client.diagnostics(uri, 1);
    expect(problem).toMatchObject({ severity: 1, source: 'phi-lint', range: { start: { line: 0, character: 0 } } });
    expect(problem.message).toMatch(/^phi-lint could not check this file: .*\.phi-lint\.yaml.*rulez/);
    expect(client.notifications.some((n) => n.params?.uri === yaml)).toBe(false);
  });
});
