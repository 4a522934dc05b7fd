import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may talk to the review page. It listens on 127.0.0.1 only, but any
 * web page the writer has open can send requests there too, and a DNS
 * rebinding attack can make one look same-origin. So: the Host must be this
 * server's own address, a browser's Origin (when sent) this page's, every
 * API call carries the random token of this run in a header (a header that
 * another origin cannot set without a CORS preflight, which this server
 * never answers), and only POST changes anything.
 */

export const TOKEN_HEADER = 'x-phi-lint-token';

export const newToken = () => randomBytes(24).toString('base64url');

export interface Refusal {
  status: number;
  message: string;
}

export interface GuardContext {
  token: string;
  port: number;
}

/** How a request proves it comes from the page this run printed. */
export type Proof = 'token-in-query' | 'token-in-header' | 'none';

const sameToken = (given: string | undefined, token: string) =>
  given !== undefined && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));

export const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Why a request is refused, or undefined when it may go on. */
export function refusal(req: { url: string; headers: IncomingHttpHeaders }, proof: Proof, ctx: GuardContext): Refusal | undefined {
  const hosts = [`127.0.0.1:${ctx.port}`, `localhost:${ctx.port}`];
  if (!hosts.includes(header(req.headers, 'host') ?? '')) return { status: 421, message: 'this server answers only to its own address' };
  const origin = header(req.headers, 'origin');
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return { status: 403, message: 'requests from other pages are refused' };
  const site = header(req.headers, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, message: 'requests from other pages are refused' };
  if (proof === 'token-in-query' && !sameToken(new URL(req.url, 'http://localhost').searchParams.get('token') ?? undefined, ctx.token)) {
    return { status: 403, message: 'open the address that phi-lint serve printed (it carries the access token)' };
  }
  if (proof === 'token-in-header' && !sameToken(header(req.headers, TOKEN_HEADER), ctx.token)) return { status: 403, message: 'missing or wrong access token' };
  return undefined;
}
