import { RANK } from '../../model/findings.js';
import type { FileResult, Finding, Span } from '../../model/types.js';
import { FIXED_MASK } from '../mask.js';
import { categoryInWords, SEVERITY_WORDS } from './plain-words.js';
import { docsUrl } from './sarif.js';
import { escapeXml as x, ruleLabel } from './shared.js';
import type { RuleMeta } from './types.js';

const worst = (fs: Finding[]) => fs.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a)).severity;
const anchor = (post: number, n: number) => `post-${post}-finding-${n}`;

/**
 * The post's text with every finding wrapped in <mark>, followed by a
 * numbered reference. Findings may overlap, so the text is cut at every
 * start and end and each piece is marked with the findings covering it.
 * With masking, each masked range (`masks`) shows as one fixed-length mask,
 * so the page does not tell how long the hidden value was.
 */
export function highlight(source: string, findings: Finding[], post: number, masks: Span[] = []): string {
  const clamp = (n: number) => Math.min(Math.max(n, 0), source.length);
  const bounds = [...findings, ...masks].flatMap((f) => [clamp(f.offset), clamp(f.endOffset)]);
  const cuts = [...new Set([0, source.length, ...bounds])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const mask = masks.find((m) => m.offset <= from && to <= m.endOffset);
    // A masked range is shown once, at its start, marked with every finding it touches.
    const covering = mask
      ? findings.filter((f) => f.offset < mask.endOffset && f.endOffset > mask.offset)
      : findings.filter((f) => f.offset <= from && f.endOffset >= to);
    const piece = mask ? (from === mask.offset ? FIXED_MASK : '') : x(source.slice(from, to));
    if (covering.length && piece) {
      const refs = covering.map((f) => findings.indexOf(f) + 1).join(' ');
      const title = covering.map((f) => `${SEVERITY_WORDS[f.severity]}: ${categoryInWords(f.category)}`).join('; ');
      out += `<mark class="${worst(covering)}" data-findings="${refs}" title="${x(title)}">${piece}</mark>`;
    } else out += piece;
    findings.forEach((f, n) => {
      if (clamp(f.endOffset) === to) out += `<sup class="ref"><a href="#${anchor(post, n + 1)}">${n + 1}</a></sup>`;
    });
  }
  return out;
}

/**
 * The line holding a finding, before and after its fix: the source shown
 * (masked when the report is), with the fix's range replaced by its text.
 * The fix text is plain words, never a piece of the post.
 */
function rewritten(f: Finding, source: string | undefined, masked: boolean): string {
  if (!f.fix || source === undefined) return '';
  const { offset, endOffset, text } = f.fix;
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const endAt = source.indexOf('\n', endOffset);
  const end = endAt < 0 ? source.length : endAt;
  // A masked source hides each value as `*`s of its length: shown as the report's one fixed mask.
  const line = (s: string) => (masked ? s.replace(/\*{3,}/g, FIXED_MASK) : s).replace(/\r$/, '').trim();
  const before = line(source.slice(start, end));
  const after = line(source.slice(start, offset) + text + source.slice(endOffset, end));
  return `<p class="fix">Safe rewrite: <del>${x(before)}</del> → <ins>${x(after)}</ins></p>\n`;
}

/** What a post's findings are explained with: the rules' guidance by id, whether the text was masked, the post's text. */
export interface PostContext {
  guidance: Map<string, RuleMeta>;
  masked: boolean;
  source?: string;
}

/**
 * How to fix it: the rule's guidance. A finding's `message` ends with the
 * reason, which has its own line here, so it is used only for a rule the
 * report was not told about.
 */
function explanation(f: Finding, guidance: Map<string, RuleMeta>): string {
  const rule = guidance.get(f.ruleId);
  return `<p class="explain">${x(rule ? rule.message.replace(/\s+/g, ' ').trim() : f.message)}</p>\n`;
}

/** The rule and where its full page is: `phi-lint explain`, and for a built-in rule its page in docs/rules. */
function ruleLine(f: Finding): string {
  const page = f.docs ? ` or <a href="${x(docsUrl(f.docs))}">${x(f.docs)}</a>` : '';
  return `<p class="rule">Rule <code>${x(ruleLabel(f))}</code> · full guidance: <code>phi-lint explain ${x(f.ruleId)}</code>${page}</p>`;
}

/** One finding: what and where, the (masked) match, why this level, how to fix it, a safe rewrite, the rule. */
function findingItem(f: Finding, post: number, n: number, { guidance, masked, source }: PostContext): string {
  const why = f.reason ? `<p class="why">Why this level: ${x(f.reason)}.</p>\n` : '';
  return `<li id="${anchor(post, n)}" class="finding ${f.severity}">
<p><strong class="severity">${SEVERITY_WORDS[f.severity]}</strong> · line ${f.line}, column ${f.column} · this looks like ${x(categoryInWords(f.category))}.</p>
<p class="found">Found: <code class="match">${masked ? FIXED_MASK : x(f.text)}</code></p>
${why}${explanation(f, guidance)}${rewritten(f, source, masked)}${ruleLine(f)}
</li>`;
}

/** A post's status: must change (an error, or a part that could not be checked), please check (a warning), notes only (infos), clean. */
export function postStatus(file: FileResult): 'error' | 'warning' | 'info' | 'ok' {
  if (file.fatal?.length || file.findings.some((f) => f.severity === 'error')) return 'error';
  if (file.findings.some((f) => f.severity === 'warning')) return 'warning';
  return file.findings.length ? 'info' : 'ok';
}

/** The badge of each status: an alarm colour only for posts that need a change or a look. */
const BADGE = { error: 'Needs changes', warning: 'Please check', info: 'Nothing to change', ok: 'No problems found' } as const;

/** One post: its status, its text with highlights, then every finding explained. */
export function renderPost(file: FileResult, post: number, guidance = new Map<string, RuleMeta>()): string {
  const problems = file.fatal ?? [];
  const status = postStatus(file);
  const context = { guidance, masked: file.maskedRanges !== undefined, source: file.source };
  const text = file.source === undefined ? '<p class="missing">The text of this post could not be read.</p>' : `<pre class="post-text">${highlight(file.source, file.findings, post, file.maskedRanges)}</pre>`;
  const notes = problems.map((p) => `<p class="problem">phi-lint could not check this post completely${p.line ? ` (line ${p.line}, column ${p.column})` : ''}: ${x(p.message)}. Fix the file and run the check again.</p>\n`);
  const list = file.findings.length ? `<ol class="findings">\n${file.findings.map((f, i) => findingItem(f, post, i + 1, context)).join('\n')}\n</ol>\n` : '';
  const body = file.findings.length || problems.length ? `${notes.join('')}${text}\n${list}` : `<details><summary>Show the post</summary>${text}</details>\n`;
  return `<section class="post ${status}" id="post-${post}">
<h2><span class="badge ${status}">${BADGE[status]}</span> <code class="path">${x(file.filePath)}</code></h2>
${body}</section>\n`;
}
