import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDraft, type DraftOptions } from '../api.js';
import { DEFAULT_EXTENSIONS } from '../formats/index.js';
import type { FileResult } from '../model/types.js';

/** What the editor holds of a document (vscode-languageserver-textdocument's TextDocument has these). */
export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  getText(): string;
}

/** An unsaved buffer is linted as a file of its language in the workspace folder: that folder's config applies. */
const UNTITLED_EXTENSION: Record<string, string> = { markdown: '.md', plaintext: '.txt', json: '.json', jsonc: '.json' };

export type LinterOptions = Omit<DraftOptions, 'filePath'> & { cwd: string };

/**
 * The documents open in the editor, each linted as the CLI would lint that
 * file (its config, directives, consent records and the baseline) and
 * remembered by version, so a code action reuses the findings the writer
 * sees. Only .md, .markdown, .txt and .json files are linted.
 */
export class DraftLinter {
  private readonly results = new Map<string, { version: number; result: FileResult }>();

  constructor(private readonly options: LinterOptions) {}

  /** The file a document is linted as; undefined for a kind of document phi-lint does not read. */
  filePathOf(doc: Pick<OpenDocument, 'uri' | 'languageId'>): string | undefined {
    if (doc.uri.startsWith('file:')) {
      const file = fileURLToPath(doc.uri);
      return DEFAULT_EXTENSIONS.includes(path.extname(file).toLowerCase()) ? file : undefined;
    }
    const ext = UNTITLED_EXTENSION[doc.languageId];
    return ext && path.join(this.options.cwd, `untitled${ext}`);
  }

  /** The findings of this version of the document, linting it unless they are known. Throws what lintDraft throws (a broken config). */
  async lint(doc: OpenDocument): Promise<FileResult | undefined> {
    const known = this.results.get(doc.uri);
    if (known?.version === doc.version) return known.result;
    const filePath = this.filePathOf(doc);
    if (!filePath) return undefined;
    const result = await lintDraft(doc.getText(), { ...this.options, filePath });
    // A slower lint of an older version must not replace a newer one's findings.
    if ((this.results.get(doc.uri)?.version ?? -Infinity) < doc.version) this.results.set(doc.uri, { version: doc.version, result });
    return result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  /** After a config, consent or baseline file changed: every document is linted afresh. */
  forgetAll(): void {
    this.results.clear();
  }
}
