import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams, InitializeResult, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageServer, textDocuments } from '../lib/lazy-modules.js';
import { VERSION } from '../lib/version.js';
import { UsageError } from '../lib/errors.js';
import { codeActions, FIX_ALL, QUICK_FIX } from './code-actions.js';
import { Debouncer } from './debounce.js';
import { failureDiagnostic, fileDiagnostics } from './diagnostics.js';
import { DraftLinter, type LinterOptions } from './draft-linter.js';

export interface LanguageServerOptions extends Omit<LinterOptions, 'cwd'> {
  /** Where the server was started: the folder when the client names no workspace. */
  cwd: string;
  /** Quiet time after a keystroke before the document is linted again, in ms. */
  debounce: number;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Files whose change can change the findings of open documents: configs, consent registries and packs (YAML), baselines. */
const WATCHED = ['**/.phi-lint.{yaml,yml,json}', '**/package.json', '**/*.{yaml,yml}'];

/** A short patient story, linted once after start-up so the first real document does not wait for the NLP model and the packs. */
const WARM_UP = '# Thank you\n\nOur patient Maria Example went home on June 9 after her knee surgery. Call 555-0100.\n';

const workspaceOf = (params: InitializeParams, fallback: string) => {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith('file:') ? fileURLToPath(uri) : fallback;
};

const failureText = (err: unknown) => (err instanceof UsageError ? err.message : `internal error (${err instanceof Error ? err.message : String(err)})`);

/**
 * `phi-lint lsp`: lints .md, .txt and .json documents as they are edited
 * (incremental sync; each document linted after the writer pauses), publishes
 * the findings as diagnostics and offers their fixes as code actions.
 * Resolves when the client ends the session.
 */
export function startLanguageServer(options: LanguageServerOptions): Promise<number> {
  const lsp = languageServer();
  const connection: Connection = lsp.createConnection(options.input, options.output);
  const documents: TextDocuments<TextDocument> = new lsp.TextDocuments(textDocuments().TextDocument);
  const debouncer = new Debouncer(options.debounce);
  const published = new Map<string, number>();
  let linter = new DraftLinter({ ...options, cwd: options.cwd });
  let versioned = false;
  let watch = false;

  const publish = async (doc: TextDocument) => {
    try {
      const result = await linter.lint(doc);
      // The writer typed on while this ran: the newer version's lint publishes.
      if (!result || documents.get(doc.uri)?.version !== doc.version || published.get(doc.uri) === doc.version) return;
      published.set(doc.uri, doc.version);
      await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: fileDiagnostics(result) });
    } catch (err) {
      connection.console.error(`phi-lint: ${doc.uri}: ${failureText(err)}`);
      await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [failureDiagnostic(failureText(err))] });
    }
  };
  const relintAll = () => {
    linter.forgetAll();
    published.clear();
    for (const doc of documents.all()) debouncer.schedule(doc.uri, () => void publish(doc));
  };

  connection.onInitialize((params): InitializeResult => {
    const cwd = workspaceOf(params, options.cwd);
    linter = new DraftLinter({ ...options, cwd });
    versioned = Boolean(params.capabilities.workspace?.workspaceEdit?.documentChanges);
    watch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [QUICK_FIX, FIX_ALL] },
      },
      serverInfo: { name: 'phi-lint', version: VERSION },
    };
  });
  connection.onInitialized(() => {
    const globs = options.baseline ? [...WATCHED, `**/${path.basename(options.baseline)}`] : WATCHED;
    if (watch) void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
    const warmUp = { uri: 'untitled:phi-lint-warm-up', languageId: 'markdown', version: 0, getText: () => WARM_UP };
    setTimeout(() => void linter.lint(warmUp).catch(() => undefined).finally(() => linter.forget(warmUp.uri)), 0);
  });

  documents.onDidOpen(({ document }) => {
    debouncer.cancel(document.uri);
    void publish(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (published.get(document.uri) !== document.version) debouncer.schedule(document.uri, () => void publish(document));
  });
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    linter.forget(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(relintAll);

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const doc = documents.get(textDocument.uri);
    const result = doc && (await linter.lint(doc).catch(() => undefined));
    if (!doc || !result) return [];
    const at = { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
    return codeActions(result, at, { uri: doc.uri, version: doc.version, versioned }, context.only);
  });

  connection.onShutdown(() => debouncer.cancelAll());
  const ended = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
  documents.listen(connection);
  connection.listen();
  return ended;
}
