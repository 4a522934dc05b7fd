import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/report/formatters/html.js';
import { maskResults } from '../../../src/report/mask.js';
import { finding, report } from '../../helpers/report.js';
import { workspace } from '../../helpers/workspace.js';
import { rawMatches, runCli } from '../../helpers/run.js';

const CHROMIUM = '/usr/bin/chromium';

/** One post of each status, named so that alphabetical order is the reverse of the report's. */
const POSTS = {
  'a-clean.txt': 'Join us for a walk in the park this Saturday. Bring water!\n',
  'b-info.txt': 'Meet Dr. Anil Mehta, our head of orthopedics since 2014.\n',
  'c-warning.txt': 'Thanks to Maria Gonzalez for leading the fun run.\n',
  'd-error.txt': 'Our patient was admitted with pneumonia. MRN 00571938 is on file.\n',
};

/** Renders a page in headless Chromium and returns the DOM it built, as a browser user would get it. */
function renderedDom(html: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-html-'));
  try {
    const page = path.join(dir, 'report.html');
    writeFileSync(page, html);
    const r = spawnSync(
      CHROMIUM,
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        `--user-data-dir=${path.join(dir, 'profile')}`, '--dump-dom', pathToFileURL(page).href],
      { encoding: 'utf8', timeout: 90_000 },
    );
    if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The page as Chromium lays it out: a copy of the report with its CSP lifted
 * and a probe script that writes, into the DOM, each post's path and its
 * badge's text and computed colours (the report itself runs no script).
 */
function renderedBadges(html: string): { path: string; badge: string; background: string; color: string }[] {
  const probe = `<script>document.body.dataset.badges = JSON.stringify([...document.querySelectorAll('section.post')].map((s) => {
    const b = s.querySelector('.badge'); const style = getComputedStyle(b);
    return { path: s.querySelector('.path').textContent, badge: b.textContent, background: style.backgroundColor, color: style.color };
  }));</script>`;
  const page = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${probe}</body>`);
  const json = /data-badges="([^"]*)"/.exec(renderedDom(page))?.[1] ?? '[]';
  return JSON.parse(json.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

/** Whether an rgb() colour is a grey (no hue): neither an alarm red or orange nor a go-ahead green. */
const isGrey = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return Math.max(r, g, b) - Math.min(r, g, b) <= 24;
};

const statValue = (dom: string, id: string) => Number(new RegExp(`id="${id}"><dt>[^<]*</dt><dd>(\\d+)</dd>`).exec(dom)?.[1]);
const markTexts = (dom: string) => [...dom.matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);

describe('html formatter', () => {
  it('is one self-contained page: no scripts, no external assets, a CSP that forbids them', async () => {
    const html = (await runCli(['-f', 'html', '.'])).stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    // Links go to a finding on the page or to a rule's page in the documentation; nothing is loaded.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|href="(?!#|https:\/\/example\.org\/phi-lint\/blob\/v[\d.]+\/docs\/rules\/[a-z0-9/-]+\.md")|url\(/i);
    expect(html).toContain('href="https://example.org/phi-lint/blob/v');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes the post text and marks every finding with a numbered reference', () => {
    const source = 'A <b>bold</b> claim & MRN 00571938.';
    const html = formatHtml(report({ filePath: 'x<y>.txt', source, findings: [finding({ offset: 26, endOffset: 34, text: '********' })] }), { color: false });
    expect(html).toContain('<code class="path">x&lt;y&gt;.txt</code>');
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; claim &amp; MRN <mark class="error" data-findings="1"');
    expect(html).toContain('>00571938</mark><sup class="ref"><a href="#post-1-finding-1">1</a></sup>.');
    expect(html).toContain('this looks like a medical record number');
  });

  it('splits overlapping findings so each piece carries the worse severity', () => {
    const source = 'Chris Albright, 41, firefighter';
    const html = formatHtml(
      report({ filePath: 'a.txt', source, findings: [
        finding({ offset: 0, endOffset: 14, severity: 'warning', category: 'name' }),
        finding({ offset: 6, endOffset: 31, severity: 'error', category: 'quasi-identifier' }),
      ] }),
      { color: false },
    );
    expect(markTexts(html)).toEqual(['Chris ', 'Albright', ', 41, firefighter']);
    expect(html).toMatch(/<mark class="warning" data-findings="1"[^>]*>Chris <\/mark><mark class="error" data-findings="1 2"/);
  });

  it('shows each masked range as one fixed-length mask, whatever the length of what it hides', () => {
    const source = 'MRN 00571938 and MRN 9 then Kowalczyk-Brzezinski.';
    const spans = [{ offset: 4, endOffset: 12 }, { offset: 21, endOffset: 22 }, { offset: 28, endOffset: 48 }];
    const [masked] = maskResults([{ filePath: 'a.txt', source, findings: spans.slice(0, 2).map((s) => finding({ ...s, text: source.slice(s.offset, s.endOffset) })), suppressed: [spans[2]] }]);
    const html = formatHtml(report(masked), { color: false, masked: true });
    expect(markTexts(html)).toEqual(['***', '***']);
    expect(html).toContain('MRN <mark class="error" data-findings="1"');
    expect(html).toContain('</sup> then ***.</pre>');
    expect([...html.matchAll(/<code class="match">([^<]*)</g)].map((m) => m[1])).toEqual(['***', '***']);
    expect(html).not.toMatch(/\*{4}|00571938|Kowalczyk/);
  });

  it('masks findings suppressed by a directive or by the baseline, in the post and wherever they recur', async () => {
    const cwd = workspace({
      'a.txt': 'Our clinic line 617-555-0134.\n# phi-lint-disable-next-line -- sample chart number from the training deck\nMRN 00571938 is on the slide; 00571938 again.\n',
      'b.txt': 'MRN 00570042 waits.\n',
    });
    expect((await runCli(['--baseline', 'bl.json', '--update-baseline', '-f', 'json', 'b.txt'], cwd)).code).toBe(0);
    // The second run answers a.txt from --cache, which must keep the suppressed spans too.
    for (let run = 0; run < 2; run++) {
      const { stdout, code } = await runCli(['--baseline', 'bl.json', '--cache', '-f', 'html', 'a.txt', 'b.txt'], cwd);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/00571938|00570042/);
      expect(stdout).toContain('MRN *** is on the slide; *** again.');
      expect(stdout).toContain('MRN *** waits.');
    }
    const shown = (await runCli(['--baseline', 'bl.json', '-f', 'html', '--no-mask', 'a.txt', 'b.txt'], cwd)).stdout;
    expect(shown).toContain('MRN 00571938 is on the slide');
  });

  it('renders in headless Chromium with the summary on top and masked highlights', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), `${CHROMIUM} is not installed (apt-get install -y chromium; .ci/run installs it)`);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-html-')), 'report.html');
    expect((await runCli(['-f', 'html', '-o', out, '.'])).code).toBe(2);
    const summary = JSON.parse((await runCli(['-f', 'json', '.'])).stdout).summary;
    const dom = renderedDom(readFileSync(out, 'utf8'));

    expect(dom).toContain('<h1>Patient privacy check</h1>');
    expect(dom.indexOf('id="stat-files"')).toBeLessThan(dom.indexOf('<section'));
    expect(statValue(dom, 'stat-files')).toBe(5);
    expect(statValue(dom, 'stat-errors')).toBe(summary.errors);
    expect(statValue(dom, 'stat-warnings')).toBe(summary.warnings);
    expect(statValue(dom, 'stat-infos')).toBe(summary.infos);
    expect(statValue(dom, 'stat-fatal')).toBe(1);
    expect(dom).toMatch(/id="verdict">3 posts must be changed before they can be published\.</);

    const marks = markTexts(dom);
    expect(marks.length).toBeGreaterThanOrEqual(summary.errors + summary.warnings + summary.infos);
    for (const text of marks) expect(text).toMatch(/^[*\s]+$/);
    for (const raw of await rawMatches(['.'])) expect(dom).not.toContain(raw);
    expect(dom).toContain('# A &lt;special&gt; &amp; "quoted" recovery');
    expect(dom).toMatch(/<li id="post-2-finding-3" class="finding error">[^]*?Must fix before publishing[^]*?a medical record number/);
    expect(dom).toMatch(/class="badge ok">No problems found<\/span> <code class="path">clean.txt/);

    const shown = renderedDom((await runCli(['-f', 'html', '--no-mask', '.'])).stdout);
    expect(markTexts(shown)).toContain('00571938');
    expect(shown).toContain('This report shows the matched text: keep it private.');
  });

  it('lists posts that need changes first, then those to check, those with notes only, then clean ones', async () => {
    const cwd = workspace(POSTS);
    try {
      const { stdout: html } = await runCli(['-f', 'html', '.'], cwd);
      const order = [...html.matchAll(/<section class="post (\w+)" id="post-(\d)">\n<h2><span class="badge \1">([^<]*)<\/span> <code class="path">([^<]*)</g)].map((m) => [m[2], m[1], m[3], m[4]]);
      expect(order).toEqual([
        ['1', 'error', 'Needs changes', 'd-error.txt'],
        ['2', 'warning', 'Please check', 'c-warning.txt'],
        ['3', 'info', 'Nothing to change', 'b-info.txt'],
        ['4', 'ok', 'No problems found', 'a-clean.txt'],
      ]);
      const infoOnly = await runCli(['-f', 'html', 'b-info.txt', 'a-clean.txt'], cwd);
      expect(infoOnly.stdout).toMatch(/id="verdict">Nothing needs to change: these posts are clear to publish\. Some have notes for your information\.</);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('gives each finding its reason once, the rule\'s guidance without it, and where the full guidance is', async () => {
    const { stdout: html } = await runCli(['-f', 'html', '.']);
    const items = [...html.matchAll(/<li id="post-\d+-finding-\d+" class="finding \w+">([^]*?)<\/li>/g)].map((m) => m[1]);
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      const why = /<p class="why">Why this level: ([^]*?)\.<\/p>/.exec(item)?.[1];
      if (why) expect(item.split(why).length - 1, item).toBe(1);
      expect(item).toMatch(/<p class="explain">[^<]+<\/p>/);
      expect(item).toMatch(/full guidance: <code>phi-lint explain [a-z0-9/-]+<\/code> or <a href="[^"]+\/docs\/rules\/[a-z0-9/-]+\.md">/);
    }
    expect(html).toContain('Rule <code>identifiers/mrn (also: identifiers/mrn-labelled)</code>');
  });

  it('shows the badge of a post with notes only in a neutral grey in headless Chromium, and alarm colours only where a change or a look is needed', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), `${CHROMIUM} is not installed (apt-get install -y chromium; .ci/run installs it)`);
    const cwd = workspace(POSTS);
    try {
      const badges = renderedBadges((await runCli(['-f', 'html', '.'], cwd)).stdout);
      expect(badges.map((b) => [b.path, b.badge])).toEqual([
        ['d-error.txt', 'Needs changes'], ['c-warning.txt', 'Please check'], ['b-info.txt', 'Nothing to change'], ['a-clean.txt', 'No problems found'],
      ]);
      const [error, warning, info] = badges;
      expect(isGrey(info.background) && isGrey(info.color), JSON.stringify(info)).toBe(true);
      expect(isGrey(error.background) || isGrey(warning.background)).toBe(false);
      expect(info.background).not.toBe(warning.background);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
