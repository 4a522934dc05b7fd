import path from 'node:path';
import type { ConfigResolver } from '../config/resolve.js';
import { UsageError } from '../lib/errors.js';
import { openSource } from '../read/read-source.js';
import { lintString } from '../pipeline/lint-file.js';
import { configFingerprint, rulesFingerprint } from '../run/fingerprint.js';
import { sha256 } from '../text/sha256.js';
import { approvalsFileFor } from './check.js';
import { appendApproval, postKey, type Approval } from './file.js';

export interface ApproveOptions {
  cwd: string;
  resolver: ConfigResolver;
  rulePacks?: string[];
  by: string;
  note?: string;
  time?: Date;
}

/** `phi-lint approve`: records that `by` approved the post's current text; returns the approval and where it went. */
export async function approvePost(post: string, options: ApproveOptions): Promise<{ approval: Approval; file: string }> {
  const by = options.by.trim();
  if (!by) throw new UsageError('phi-lint approve needs the reviewer\'s name: --by "<name>"');
  const abs = path.resolve(options.cwd, post);
  const settings = options.resolver.settingsFor(post);
  if (settings.ignored) throw new UsageError(`${post} is ignored by your config (ignorePatterns), so it is never checked and needs no approval`);
  let input;
  try {
    input = await openSource(abs);
  } catch (err) {
    throw new UsageError(`cannot approve ${post}: ${(err as Error).message}`);
  }
  if (input.kind !== 'text') throw new UsageError(`cannot approve ${post}: ${input.kind === 'binary' ? 'it is not a text file' : 'it is too large to be a post'}`);
  const note = options.note?.trim();
  if (note) await checkNote(note, settings);
  const file = approvalsFileFor(options.resolver, options.cwd, post);
  const approval: Approval = {
    v: 1,
    post: postKey(file, abs),
    sha256: sha256(input.text),
    rules: sha256(rulesFingerprint(options, options.cwd) + configFingerprint([settings])),
    by,
    ...(note ? { note } : {}),
    time: (options.time ?? new Date()).toISOString(),
  };
  appendApproval(file, approval, options.resolver.show(file));
  return { approval, file };
}

/** The approvals file is committed: a note that the rules find an identifier in (a patient's name, a date) is refused. */
async function checkNote(note: string, settings: Parameters<typeof lintString>[2]): Promise<void> {
  const found = (await lintString(note, 'note.txt', settings)).findings.filter((f) => f.severity !== 'info');
  if (found.length) {
    const f = found[0];
    throw new UsageError(`the --note looks like it holds an identifier (${f.ruleId} at column ${f.column}); the approvals file is committed, so leave names, dates and details out of the note`);
  }
}
