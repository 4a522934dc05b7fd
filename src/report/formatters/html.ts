import type { LintReport } from '../../model/types.js';
import { VERSION } from '../../lib/version.js';
import type { FileResult } from '../../model/types.js';
import { postStatus, renderPost } from './html-post.js';
import { escapeXml as x, plural } from './shared.js';
import type { FormatOptions } from './types.js';

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;background:#f6f6f8;margin:0;padding:2rem}
main{max-width:60rem;margin:auto}
h1{margin:0 0 .25rem}
.verdict{font-size:1.2rem;margin:.25rem 0 1rem}
.summary{display:flex;flex-wrap:wrap;gap:1rem;margin:0 0 1rem;padding:0}
.stat{background:#fff;border-radius:8px;padding:.75rem 1.25rem;min-width:9rem;box-shadow:0 1px 2px #0002}
.stat dt{font-size:.9rem;color:#555}.stat dd{margin:0;font-size:2rem;font-weight:700}
.stat.error dd{color:#b00020}.stat.warning dd{color:#8a5a00}.stat.info dd{color:#1d4ed8}
.note{color:#555;font-size:.9rem}
.post{background:#fff;border-radius:8px;padding:1rem 1.5rem;margin:1.5rem 0;border-left:6px solid #2e7d32;box-shadow:0 1px 2px #0002}
.post.error{border-left-color:#b00020}.post.warning{border-left-color:#c77700}.post.info{border-left-color:#8a8f98}
.post h2{font-size:1.1rem;margin:.25rem 0 .75rem}
.badge{display:inline-block;border-radius:999px;padding:0 .6rem;font-size:.85rem;color:#fff;background:#2e7d32;vertical-align:middle}
.badge.error{background:#b00020}.badge.warning{background:#c77700}.badge.info{background:#e8eaed;color:#3c4043}
.post-text{white-space:pre-wrap;word-wrap:break-word;background:#fafafa;border:1px solid #ddd;border-radius:6px;padding:.75rem;font:15px/1.6 ui-monospace,Menlo,Consolas,monospace}
mark{border-radius:3px;padding:0 1px}
mark.error{background:#ffd6dc;outline:2px solid #b00020}mark.warning{background:#ffe8b3;outline:1px solid #c77700}mark.info{background:#dbe7ff}
.ref a{text-decoration:none;font-weight:700;color:#333}
.finding{margin:.5rem 0 1rem}.finding p{margin:.15rem 0}
.finding.error .severity{color:#b00020}.finding.warning .severity{color:#8a5a00}.finding.info .severity{color:#1d4ed8}
.fix del{background:#ffe4e8}.fix ins{background:#e3f6e5;text-decoration:none}
.rule{color:#666;font-size:.85rem}.problem{color:#b00020;font-weight:600}
@media print{body{background:#fff;padding:0}.post,.stat{box-shadow:none;border:1px solid #ccc}}
`;

const STATUS_ORDER = { error: 0, warning: 1, info: 2, ok: 3 } as const;

/** Posts that need changes first, then those to check, then those with notes only, then clean ones; otherwise in run order. */
function byUrgency(files: FileResult[]): FileResult[] {
  return files.map((file) => ({ file, rank: STATUS_ORDER[postStatus(file)] })).sort((a, b) => a.rank - b.rank).map(({ file }) => file);
}

function verdict(report: LintReport): string {
  const count = (status: string) => report.files.filter((f) => postStatus(f) === status).length;
  const [blocked, check] = [count('error'), count('warning')];
  if (blocked) return `${plural(blocked, 'post')} must be changed before ${blocked === 1 ? 'it' : 'they'} can be published.`;
  if (check) return `Nothing blocks publishing, but ${plural(check, 'post')} should be checked by a person.`;
  if (count('info')) return 'Nothing needs to change: these posts are clear to publish. Some have notes for your information.';
  return 'No protected health information was found. These posts are clear to publish.';
}

function stat(id: string, cls: string, label: string, value: number): string {
  return `<div class="stat ${cls}" id="${id}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/**
 * A self-contained HTML page for the people who write the posts: a summary,
 * then every post, those that need changes first, with its findings
 * highlighted and explained in plain words.
 * No scripts and no external assets (a CSP forbids them), so it can be
 * mailed or attached to a CI run as one file.
 */
export function formatHtml(report: LintReport, options: FormatOptions): string {
  const s = report.summary;
  const guidance = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));
  const maskNote = options.masked === false
    ? 'This report shows the matched text: keep it private.'
    : 'Matched text is hidden (***) so this report can be shared; open the post itself to see it.';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>phi-lint report: ${s.errors + s.fatal ? 'changes needed' : 'no blocking problems'}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>Patient privacy check</h1>
<p class="verdict" id="verdict">${x(verdict(report))}</p>
<dl class="summary">${[
    stat('stat-files', 'files', 'Posts checked', s.files),
    stat('stat-errors', 'error', 'Must fix', s.errors),
    stat('stat-warnings', 'warning', 'Please check', s.warnings),
    stat('stat-infos', 'info', 'For your information', s.infos),
    ...(s.fatal ? [stat('stat-fatal', 'error', 'Could not be checked', s.fatal)] : []),
  ].join('')}</dl>
<p class="note">${maskNote} Each highlighted passage is numbered; the explanation below the post says what it is, why it matters and how to make the post safe.</p>
</header>
${byUrgency(report.files).map((file, i) => renderPost(file, i + 1, guidance)).join('')}<footer class="note">Generated by phi-lint ${x(VERSION)}.</footer>
</main>
</body>
</html>
`;
}
