import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { draftFixes } from '../api.js';
import type { FileResult, Finding } from '../model/types.js';
import { LineIndex } from '../text/positions.js';
import { findingDiagnostic, rangeOf } from './diagnostics.js';

/** The LSP's kinds, spelled out so this module needs no protocol library. */
export const QUICK_FIX = 'quickfix';
export const FIX_ALL = 'source.fixAll.phi-lint';

/** The document the actions edit; with `version`, an edit is refused if the text changed meanwhile. */
export interface Target {
  uri: string;
  version: number;
  /** Whether the client takes versioned `documentChanges` (else plain `changes`). */
  versioned: boolean;
}

const edit = (target: Target, edits: TextEdit[]): WorkspaceEdit =>
  target.versioned
    ? { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] }
    : { changes: { [target.uri]: edits } };

/** Quoted and short, for a menu. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
}

/** The menu line of one fix: what goes and what comes in its place. */
function title(f: Finding, source: string): string {
  const fix = f.fix!;
  const removed = quote(source.slice(fix.offset, fix.endOffset));
  return fix.text ? `Replace ${removed} with ${quote(fix.text)} (phi-lint)` : `Remove ${removed} (phi-lint)`;
}

/** One finding's fix, offered where the cursor or selection touches the finding. */
function quickFix(f: Finding, source: string, target: Target): CodeAction {
  const fix = f.fix!;
  return {
    title: title(f, source),
    kind: QUICK_FIX,
    diagnostics: [findingDiagnostic(f)],
    isPreferred: true,
    edit: edit(target, [{ range: rangeOf(fix), newText: fix.raw }]),
  };
}

/** Every fix of the file in one edit, as the CLI's --fix would write it (warnings included: what the quick fixes offer). */
function fixAll(result: FileResult, kind: string, target: Target, least = 1): CodeAction | undefined {
  const edits = draftFixes(result);
  if (edits.length < least || result.source === undefined) return undefined;
  const lines = new LineIndex(result.source);
  const textEdits = edits.map((e) => {
    const start = lines.position(e.offset);
    const end = lines.position(e.endOffset);
    return { range: rangeOf({ line: start.line, column: start.column, endLine: end.line, endColumn: end.column }), newText: e.text };
  });
  return { title: `Fix all phi-lint problems in this file (${edits.length})`, kind, edit: edit(target, textEdits) };
}

/**
 * The code actions for a request: quick fixes for the findings in
 * [start, end] (source offsets), then the whole-file fix; only the
 * whole-file fix when the client asks for `source.fixAll` (fix on save).
 */
export function codeActions(result: FileResult, at: { start: number; end: number }, target: Target, only?: string[]): CodeAction[] {
  const source = result.source;
  if (source === undefined) return [];
  const wants = (kind: string) => !only?.length || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(QUICK_FIX)) {
    const touched = result.findings.filter((f) => f.fix && f.offset <= at.end && f.endOffset >= at.start);
    actions.push(...touched.map((f) => quickFix(f, source, target)));
    // As ESLint does: with a fix under the cursor, also offer the whole file's (when that is more than this one).
    const all = touched.length ? fixAll(result, QUICK_FIX, target, 2) : undefined;
    if (all) actions.push(all);
  }
  if (wants(FIX_ALL) && only?.length) {
    const all = fixAll(result, FIX_ALL, target);
    if (all) actions.push(all);
  }
  return actions;
}
