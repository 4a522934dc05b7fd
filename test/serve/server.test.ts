import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { TOKEN_HEADER } from '../../src/serve/guard.js';
import { workspace } from '../helpers/workspace.js';

const POST = 'Happy 90th birthday to our patient Maria Lopez, MRN 00571938! Call her at 617-555-0134.';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** One raw HTTP request (fetch would not let a test set Host). */
function call(server: ReviewServer, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text) : text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  });
}
const post = (server: ReviewServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(server, 'POST', path, { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers }, body);

let server: ReviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('phi-lint serve', () => {
  it('listens on 127.0.0.1 only and prints an address carrying its token', async () => {
    server = await startReviewServer({ cwd: workspace({}) });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect((await call(server, 'GET', `/?token=${server.token}`)).body).toContain('<h1>Patient privacy check</h1>');
    expect((await call(server, 'GET', '/')).status).toBe(403);
  });

  it('checks a draft: the post with each finding highlighted and explained, and what it can fix', async () => {
    server = await startReviewServer({ cwd: workspace({}) });
    const { status, body } = await post(server, '/api/check', { text: POST, name: 'story.md' });
    expect(status).toBe(200);
    expect(body.status).toBe('error');
    expect(body.html).toContain('<code class="path">story.md</code>');
    expect(body.html).toMatch(/<mark class="error"[^>]*>Maria Lopez<\/mark>/);
    expect(body.html).toMatch(/<mark class="error"[^>]*>00571938<\/mark>/);
    expect(body.html).toContain('a medical record number');
    // The rule's guidance explains each finding; its reason has a line of its own, not repeated.
    const explains = [...body.html.matchAll(/<p class="explain">([^<]*)<\/p>/g)].map((m: RegExpMatchArray) => m[1]);
    expect(explains).toContain('A medical record number points straight at a patient&#39;s chart (HIPAA Safe Harbor: medical record numbers). Remove it from the post, and from screenshots and alt text.');
    expect(explains.filter((e: string) => e.includes('in the same sentence'))).toEqual([]);
    expect(body.findings.find((f: any) => f.ruleId === 'identifiers/date' || f.ruleId === 'identifiers/age-over-89').fix).toBeTypeOf('string');
    expect(body.fixable).toBeGreaterThan(1);
  });

  it('applies one fix, then all of them, returning the new text and its check', async () => {
    server = await startReviewServer({ cwd: workspace({}) });
    const checked = (await post(server, '/api/check', { text: POST, name: 'story.txt' })).body;
    const mrn = checked.findings.findIndex((f: any) => f.ruleId === 'identifiers/mrn');
    const one = (await post(server, '/api/fix', { text: POST, name: 'story.txt', finding: mrn })).body;
    expect(one.text).not.toContain('00571938');
    expect(one.text).toContain('Maria Lopez');
    expect(one.findings.map((f: any) => f.ruleId)).not.toContain('identifiers/mrn');
    const all = (await post(server, '/api/fix', { text: one.text, name: 'story.txt' })).body;
    expect(all.text).not.toMatch(/Maria|00571938|555-0134/);
    expect(all.counts.errors).toBe(0);
    expect((await post(server, '/api/fix', { text: 'Nothing to see.', name: 'a.txt', finding: 0 })).status).toBe(409);
  });

  it('answers no CORS preflight, changes nothing on GET, refuses other pages and large bodies, and stores nothing', async () => {
    const cwd = workspace({ 'keep.txt': 'x' });
    server = await startReviewServer({ cwd });
    const preflight = await call(server, 'OPTIONS', '/api/check', { origin: 'http://attacker.example', 'access-control-request-method': 'POST' });
    expect(preflight.status).toBe(403);
    const answers = [
      preflight,
      await call(server, 'GET', '/api/check', { [TOKEN_HEADER]: server.token }),
      await post(server, '/api/check', { text: POST }, { origin: 'http://attacker.example' }),
      await post(server, '/api/check', { text: POST }, { host: `evil.example:${server.port}` }),
      await post(server, '/api/check', { text: 'x'.repeat(3 * 1024 * 1024) }),
      await post(server, '/api/check', JSON.stringify({ text: POST }), { 'content-type': 'text/plain' }),
      await post(server, '/api/check', { text: POST }),
    ];
    expect(answers.map((a) => a.status)).toEqual([403, 405, 403, 421, 413, 415, 200]);
    for (const a of answers) {
      expect(Object.keys(a.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(a.headers['cache-control']).toBe('no-store');
      expect(a.headers['content-security-policy']).toContain("default-src 'none'");
    }
    expect(readdirSync(cwd)).toEqual(['keep.txt']);
  });

  it('uses the config of the folder it was started in, and reports a broken one', async () => {
    server = await startReviewServer({ cwd: workspace({ '.phi-lint.yaml': 'rules:\n  identifiers/mrn: off\n' }) });
    expect((await post(server, '/api/check', { text: POST })).body.findings.map((f: any) => f.ruleId)).not.toContain('identifiers/mrn');
    await server.close();
    server = await startReviewServer({ cwd: workspace({ '.phi-lint.yaml': 'rulez: {}\n' }) });
    const broken = await post(server, '/api/check', { text: POST });
    expect(broken.status).toBe(422);
    expect(broken.body.error).toMatch(/rulez/);
  });
});
