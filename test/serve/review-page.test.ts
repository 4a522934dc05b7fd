import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const CHROMIUM = '/usr/bin/chromium';
const POST = 'Happy 90th birthday to our patient Maria Lopez, MRN 00571938! She went home on June 9.';

/** Starts the real `phi-lint serve` and reads the address it prints. */
async function serve(cwd: string) {
  const child = spawn(process.execPath, [BIN, 'serve'], { cwd });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /review page: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`phi-lint serve exited ${code}`)));
  });
  return { child, url };
}

const stops: (() => unknown)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

describe('the review page in headless Chromium', () => {
  it('loads, takes a pasted post, highlights its findings, applies a fix, copies the safe version, and reads a dropped file', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), `${CHROMIUM} is not installed (apt-get install -y chromium; .ci/run installs it)`);
    const { chromium } = await import('playwright-core');
    const { child, url } = await serve(workspace({}));
    stops.push(() => child.kill());
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    stops.push(() => browser.close());
    const origin = new URL(url).origin;
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Patient privacy check');

    // Paste, as a writer does: the text goes on the clipboard, then Ctrl+V into the box.
    await page.evaluate((text) => navigator.clipboard.writeText(text), POST);
    await page.focus('#draft');
    await page.keyboard.press('Control+V');
    await expect(page.inputValue('#draft')).resolves.toBe(POST);

    await page.waitForSelector('#result mark.error');
    const marks = await page.locator('#result mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Maria Lopez', '00571938']));
    await expect(page.textContent('#status')).resolves.toMatch(/must be changed before it can be published/);
    const mrnItem = page.locator('li.finding', { hasText: 'a medical record number' });
    await expect(mrnItem.locator('.explain').textContent()).resolves.toMatch(/points straight at a patient's chart/);
    await expect(page.locator('li.finding .fix').first().textContent()).resolves.toMatch(/^Safe rewrite:/);

    // Accept one fix: that finding goes, the others stay.
    await mrnItem.locator('button.apply').click();
    await page.waitForFunction(() => !(document.getElementById('draft') as HTMLTextAreaElement).value.includes('00571938'));
    await page.waitForFunction(() => ![...document.querySelectorAll('#result mark')].some((m) => m.textContent === '00571938'));
    expect(await page.inputValue('#draft')).toContain('Maria Lopez');
    expect(await page.locator('#result mark').allTextContents()).toContain('Maria Lopez');

    // Then the rest, one click each, until nothing is left to fix.
    for (let i = 0; i < 10 && (await page.locator('button.apply').count()); i++) {
      const before = await page.inputValue('#draft');
      await page.locator('button.apply').first().click();
      await page.waitForFunction((b) => (document.getElementById('draft') as HTMLTextAreaElement).value !== b, before);
      await page.waitForFunction(() => !/Checking/.test(document.getElementById('status')!.textContent!));
    }
    const safe = await page.inputValue('#draft');
    expect(safe).not.toMatch(/Maria|00571938|June 9/);
    await expect(page.textContent('#status')).resolves.toMatch(/clear to publish/);
    await expect(page.textContent('#copy')).resolves.toBe('Copy the safe version');

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.click('#copy');
    await page.waitForFunction(() => /^Copied/.test(document.getElementById('status')!.textContent!));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(safe);

    // Drop a JSON file on the box: it is read as JSON (the findings point inside its strings), and every fix keeps it JSON.
    const calendar = JSON.stringify({ channel: 'facebook', body: 'Welcome home, Mrs. Edith Kowalczyk! Room 412 will miss you after your dialysis.' }, null, 2);
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'calendar.json', { type: 'application/json' }));
      return transfer;
    }, calendar);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: dropped });
    await page.waitForFunction(() => (document.getElementById('draft') as HTMLTextAreaElement).value.includes('Kowalczyk'));
    await expect(page.inputValue('#kind')).resolves.toBe('.json');
    await page.waitForFunction(() => [...document.querySelectorAll('#result mark')].some((m) => m.textContent!.includes('Kowalczyk')));
    await expect(page.textContent('#result code.path')).resolves.toBe('calendar.json');
    await page.click('#fix-all');
    await page.waitForFunction(() => !(document.getElementById('draft') as HTMLTextAreaElement).value.includes('Kowalczyk'));
    expect(Object.keys(JSON.parse(await page.inputValue('#draft')))).toEqual(['channel', 'body']);

    // Nothing was fetched from anywhere but this server, and the page ran without errors.
    expect(requests.filter((r) => !r.startsWith(origin + '/'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
