import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appendLine } from '../lib/append-line.js';
import { LocatedError, located, UsageError } from '../lib/errors.js';

/**
 * The approvals file: JSON Lines, one approval a line, appended (one
 * O_APPEND write, fsync) and committed with the posts. An approval binds a
 * reviewer's name to the post's content hash, and records the rules hash
 * it was given under. It holds no post text.
 */

export const DEFAULT_APPROVALS = path.join('.phi-lint', 'approvals.jsonl');

export interface Approval {
  v: 1;
  /** The post's path, relative to the approvals file's project folder (see `postKey`). */
  post: string;
  /** SHA-256 of the post's text when approved. */
  sha256: string;
  /** The rules and settings in force then (run/fingerprint.ts). */
  rules: string;
  by: string;
  note?: string;
  time: string;
}

/** The folder post paths are relative to: the approvals file's own, or the project's when the file sits in `.phi-lint/`. */
function baseOf(approvalsFile: string): string {
  const dir = path.dirname(approvalsFile);
  return path.basename(dir) === '.phi-lint' ? path.dirname(dir) : dir;
}

/** A post as the approvals file names it, so the same post matches from any working directory. */
export const postKey = (approvalsFile: string, postAbs: string): string => path.relative(baseOf(approvalsFile), postAbs).split(path.sep).join('/');

const HEX64 = /^[0-9a-f]{64}$/;

function isApproval(x: unknown): x is Approval {
  const a = x as Approval;
  return (
    typeof a === 'object' && a !== null && a.v === 1 && typeof a.post === 'string' && HEX64.test(a.sha256 ?? '') && typeof a.rules === 'string' &&
    typeof a.by === 'string' && a.by.trim() !== '' && typeof a.time === 'string' && (a.note === undefined || typeof a.note === 'string')
  );
}

/** Every approval in the file (none when it does not exist); a line that is not one is a located error (exit 2). */
export function readApprovals(file: string, display: string): Approval[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new UsageError(`cannot read approvals file ${display} (${code ?? (err as Error).message})`);
  }
  const problems: string[] = [];
  const approvals: Approval[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (isApproval(value)) approvals.push(value);
    else problems.push(located(display, i + 1, 1, 'not an approval record (written by phi-lint approve: {"v":1,"post","sha256","rules","by","time"})'));
  });
  if (problems.length) throw new LocatedError(problems);
  return approvals;
}

export function appendApproval(file: string, approval: Approval, display: string): void {
  appendLine(file, JSON.stringify(approval), display);
}
