import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../lib/errors.js';
import { http } from '../lib/lazy-modules.js';
import { header, newToken, refusal, type Proof } from './guard.js';
import { CSS, PAGE } from './page.js';
import { SCRIPT } from './page-script.js';
import { BadRequest, check, fix, type ReviewOptions } from './review.js';

export interface ReviewServerOptions extends ReviewOptions {
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
}

export interface ReviewServer {
  /** The page's address with this run's token. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
  /** Settles when the server stops. */
  closed: Promise<void>;
}

const HOST = '127.0.0.1';
/** Larger than any post; a bigger body is refused before it is read whole. */
const MAX_BODY = 2 * 1024 * 1024;

/** Sent with every answer: no caching, no framing, no referrer (the token is in the address), nothing loaded from elsewhere. No CORS header, ever. */
const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

type Handler = (body: unknown, options: ReviewOptions) => Promise<unknown>;
interface Route {
  method: 'GET' | 'POST';
  proof: Proof;
  type?: string;
  content?: string;
  handler?: Handler;
}

/** Every path the server answers; the page and its API need this run's token, the static script and style do not. */
const ROUTES: Record<string, Route> = {
  '/': { method: 'GET', proof: 'token-in-query', type: 'text/html; charset=utf-8', content: PAGE },
  '/review.js': { method: 'GET', proof: 'none', type: 'text/javascript; charset=utf-8', content: SCRIPT },
  '/review.css': { method: 'GET', proof: 'none', type: 'text/css; charset=utf-8', content: CSS },
  '/api/check': { method: 'POST', proof: 'token-in-header', handler: check },
  '/api/fix': { method: 'POST', proof: 'token-in-header', handler: fix },
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even when too large (a refusal sent mid-upload resets the connection), keeping nothing past the limit.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  if (size > MAX_BODY) throw new BadRequest('the post is too large', 413);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('the request is not JSON');
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, token: string, port: number, options: ReviewOptions): Promise<void> {
  const url = req.url ?? '/';
  const route = ROUTES[new URL(url, 'http://localhost').pathname];
  if (!route) return sendJson(res, 404, { error: 'not found' });
  const refused = refusal({ url, headers: req.headers }, route.proof, { token, port });
  if (refused) return sendJson(res, refused.status, { error: refused.message });
  if (req.method !== route.method) {
    res.setHeader('Allow', route.method);
    return sendJson(res, 405, { error: `use ${route.method}` });
  }
  if (!route.handler) return send(res, 200, route.type!, route.content!);
  // A form on another page can POST text/plain without a preflight; JSON it cannot.
  if (!/^application\/json\b/i.test(header(req.headers, 'content-type') ?? '')) return sendJson(res, 415, { error: 'send JSON' });
  try {
    sendJson(res, 200, await route.handler(await readJson(req), options));
  } catch (err) {
    // A broken config is the user's to fix; anything else is a bug, and its message may quote the post: not echoed.
    if (err instanceof BadRequest) return sendJson(res, err.status, { error: err.message });
    if (err instanceof UsageError) return sendJson(res, 422, { error: err.message });
    sendJson(res, 500, { error: 'internal error in phi-lint; please report it' });
  }
}

/** Starts the review page on 127.0.0.1 (never another interface). Nothing a request carries is logged or stored. */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = newToken();
  let port = options.port ?? 0;
  const server = http().createServer((req, res) => {
    // Whatever goes wrong answers this request only; the server keeps running.
    answer(req, res, token, port, options).catch(() => {
      if (!res.headersSent) sendJson(res, 400, { error: 'bad request' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new UsageError(`port ${port} is in use; choose another with --port, or leave it out for any free port`) : err),
    );
    server.listen(port, HOST, resolve);
  });
  port = (server.address() as AddressInfo).port;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () => {
      server.closeAllConnections();
      server.close();
      return closed;
    },
    closed,
  };
}
