import { TOKEN_HEADER } from './guard.js';

/**
 * The page's script (served as /review.js). Plain browser JavaScript: it
 * reads the token from the page's address, sends the draft to the API, shows
 * the HTML the server rendered (escaped there), and adds a button to every
 * finding that has a fix. The post's text is never put into the page as
 * HTML by this script.
 */
export const SCRIPT = `'use strict';
(() => {
  const token = new URLSearchParams(location.search).get('token') || '';
  const $ = (id) => document.getElementById(id);
  const draft = $('draft'), kind = $('kind'), result = $('result'), status = $('status');
  const fixAll = $('fix-all'), copy = $('copy'), drop = $('drop');
  let name = 'draft.txt';
  let timer;
  let seq = 0;

  async function call(path, body) {
    const r = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', '${TOKEN_HEADER}': token },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    const data = await r.json().catch(() => ({ error: 'HTTP ' + r.status }));
    if (!r.ok) throw new Error(data.error || 'HTTP ' + r.status);
    return data;
  }

  function say(text, cls) {
    status.textContent = text;
    status.className = 'verdict ' + (cls || '');
  }

  function show(review) {
    result.innerHTML = review.html;
    say(review.verdict, review.status);
    for (const f of review.findings) {
      const item = document.getElementById('post-1-finding-' + f.n);
      if (!item || f.fix === null) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'apply';
      // The "Safe rewrite" line above it shows the passage before and after.
      button.textContent = 'Apply this fix';
      button.addEventListener('click', () => run('/api/fix', { finding: f.n - 1 }));
      item.appendChild(button);
    }
    fixAll.disabled = !review.fixable;
    copy.textContent = review.counts.errors ? 'Copy the text (problems remain)' : 'Copy the safe version';
  }

  async function run(path, extra) {
    const mine = ++seq;
    clearTimeout(timer);
    say('Checking…');
    try {
      const review = await call(path, Object.assign({ text: draft.value, name }, extra));
      if (mine !== seq) return;
      if (draft.value !== review.text) draft.value = review.text;
      show(review);
    } catch (err) {
      if (mine === seq) say('Could not check the post: ' + err.message, 'error');
    }
  }
  const check = () => run('/api/check', {});

  async function open(file) {
    if (!file) return;
    const ext = (/\\.(md|markdown|txt|json)$/i.exec(file.name) || [])[0];
    if (!ext) return say('Drop a .md, .txt or .json file.', 'error');
    draft.value = await file.text();
    name = file.name;
    kind.value = ext.toLowerCase() === '.markdown' ? '.md' : ext.toLowerCase();
    check();
  }

  draft.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
  kind.addEventListener('change', () => {
    name = 'draft' + kind.value;
    check();
  });
  $('check').addEventListener('click', check);
  $('file').addEventListener('change', (e) => open(e.target.files[0]));
  fixAll.addEventListener('click', () => run('/api/fix', {}));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    open(e.dataTransfer.files[0]);
  });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(draft.value);
    } catch {
      draft.select();
      document.execCommand('copy');
    }
    say('Copied. ' + status.textContent.replace(/^Copied\\. /, ''), status.className.replace('verdict ', ''));
  });
})();
`;
