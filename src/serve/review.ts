import path from 'node:path';
import { draftFixes, lintDraft, loadRules, type RuleOptions } from '../api.js';
import { applyEdits } from '../fix/plan.js';
import { DEFAULT_EXTENSIONS } from '../formats/index.js';
import type { FileResult } from '../model/types.js';
import { renderPost } from '../report/formatters/html-post.js';
import type { RuleMeta } from '../report/formatters/types.js';
import { verdict } from '../report/formatters/html.js';
import { toReport } from '../report/summary.js';
import { stripBom } from '../text/decode.js';

/** What the review page's two calls do: check a draft, and fix one finding or all of them. Nothing is kept between calls. */

export interface ReviewOptions extends RuleOptions {
  cwd: string;
}

/** A request the page should not have sent; the status and message go back to it. */
export class BadRequest extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}

/** A draft: its text, and a name whose extension picks the parser (a dropped file's, or draft.md). */
interface Draft {
  text: string;
  name: string;
}

function draftOf(body: unknown): Draft & { finding?: number } {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.text !== 'string') throw new BadRequest('"text" must be a string');
  if (b.name !== undefined && typeof b.name !== 'string') throw new BadRequest('"name" must be a string');
  if (b.finding !== undefined && !Number.isInteger(b.finding)) throw new BadRequest('"finding" must be a whole number');
  const name = path.basename(String(b.name ?? 'draft.txt')).slice(-200) || 'draft.txt';
  return { text: stripBom(b.text), name, finding: b.finding as number | undefined };
}

/**
 * The draft is linted as a file in the folder serve was started in, so that
 * folder's config (allow lists, consent records) applies; only the
 * extension of the given name is used, never a path the page chose.
 */
function lint(draft: Draft, options: ReviewOptions): Promise<FileResult> {
  const ext = path.extname(draft.name).toLowerCase();
  const filePath = path.join(options.cwd, `draft${DEFAULT_EXTENSIONS.includes(ext) ? ext : '.txt'}`);
  return lintDraft(draft.text, { ...options, filePath });
}

/** Each rule's guidance, for the explanations (as the HTML report has them); compiled once per server. */
const guidanceCache = new WeakMap<ReviewOptions, Map<string, RuleMeta>>();
function guidanceOf(options: ReviewOptions): Map<string, RuleMeta> {
  let map = guidanceCache.get(options);
  if (!map) guidanceCache.set(options, (map = new Map(loadRules(options).map((r) => [r.spec.id, r.spec]))));
  return map;
}

/** What the page shows: the post with its findings highlighted and explained (the HTML report's rendering, unmasked), and what it can offer. */
function reviewOf(draft: Draft, result: FileResult, options: ReviewOptions) {
  const shown: FileResult = { ...result, filePath: draft.name, source: result.source ?? draft.text };
  const report = toReport([shown]);
  const { errors, warnings, infos } = report.summary;
  return {
    text: draft.text,
    html: renderPost(shown, 1, guidanceOf(options)),
    verdict: verdict(report),
    status: errors || result.fatal?.length ? 'error' : warnings ? 'warning' : 'ok',
    counts: { errors, warnings, infos },
    fixable: draftFixes(result).length,
    findings: result.findings.map((f, i) => ({ n: i + 1, severity: f.severity, ruleId: f.ruleId, fix: f.fix ? f.fix.text : null })),
  };
}

export type Review = ReturnType<typeof reviewOf>;

/** POST /api/check {text, name}. */
export async function check(body: unknown, options: ReviewOptions): Promise<Review> {
  const draft = draftOf(body);
  return reviewOf(draft, await lint(draft, options), options);
}

/** POST /api/fix {text, name, finding?}: one finding's fix (its index in the last check), or every fix; then the new text's review. */
export async function fix(body: unknown, options: ReviewOptions): Promise<Review> {
  const draft = draftOf(body);
  const result = await lint(draft, options);
  let edits = draftFixes(result);
  if (draft.finding !== undefined) {
    const f = result.findings[draft.finding];
    if (!f?.fix) throw new BadRequest('that finding has no fix (the text changed?): check the post again', 409);
    edits = [{ offset: f.fix.offset, endOffset: f.fix.endOffset, text: f.fix.raw }];
  }
  const fixed = { ...draft, text: applyEdits(draft.text, edits) };
  return reviewOf(fixed, await lint(fixed, options), options);
}
