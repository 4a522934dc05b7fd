import { STYLE as REPORT_STYLE } from '../report/formatters/html.js';
import { VERSION } from '../lib/version.js';

/** The review page: a static shell; review.js fills it from the API. No inline script (the CSP forbids it). */
export const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>phi-lint review</title>
<link rel="stylesheet" href="/review.css">
<script src="/review.js" defer></script>
</head>
<body>
<main>
<header>
<h1>Patient privacy check</h1>
<p class="note">Paste a draft post or drop a .md, .txt or .json file. It is checked on this computer only: nothing is sent anywhere or stored.</p>
</header>
<section class="input" id="drop">
<label for="draft">Your draft</label>
<textarea id="draft" rows="10" spellcheck="true" placeholder="Paste your post here, or drop a file on this box"></textarea>
<div class="controls">
<label>Read it as <select id="kind"><option value=".txt">plain text</option><option value=".md">Markdown</option><option value=".json">JSON</option></select></label>
<label class="file">Open a file <input type="file" id="file" accept=".md,.markdown,.txt,.json"></label>
<button type="button" id="check">Check</button>
<button type="button" id="fix-all" disabled>Apply every fix</button>
<button type="button" id="copy">Copy the text</button>
</div>
<p id="status" class="verdict" role="status" aria-live="polite">Nothing checked yet.</p>
</section>
<div id="result"></div>
<footer class="note">phi-lint ${VERSION}</footer>
</main>
</body>
</html>
`;

export const CSS = `${REPORT_STYLE}
label{font-weight:600}
textarea{box-sizing:border-box;width:100%;margin:.5rem 0;padding:.75rem;border:1px solid #bbb;border-radius:6px;font:15px/1.6 ui-monospace,Menlo,Consolas,monospace}
.input.dragging textarea{outline:3px dashed #1d4ed8}
.controls{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.controls label{font-weight:400}
button{font:inherit;padding:.35rem .9rem;border-radius:6px;border:1px solid #888;background:#fff;cursor:pointer}
button:disabled{opacity:.5;cursor:default}
button.apply{margin:.25rem 0;border-color:#2e7d32;color:#1b5e20}
#status.error{color:#b00020}#status.warning{color:#8a5a00}#status.ok{color:#2e7d32}
`;
