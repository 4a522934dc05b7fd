import { describe, expect, it } from 'vitest';
import { newToken, refusal, TOKEN_HEADER } from '../../src/serve/guard.js';

const ctx = { token: newToken(), port: 4870 };
const api = (headers: Record<string, string>) => refusal({ url: '/api/check', headers }, 'token-in-header', ctx);
const good = { host: '127.0.0.1:4870', origin: 'http://127.0.0.1:4870', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', [TOKEN_HEADER]: ctx.token };

describe('review page guard', () => {
  it('lets the page it served call the API', () => {
    expect(api(good)).toBeUndefined();
    expect(api({ ...good, host: 'localhost:4870', origin: 'http://localhost:4870' })).toBeUndefined();
    // curl and scripts send no Origin; the token is enough.
    const { origin: _o, 'sec-fetch-site': _s, ...bare } = good;
    expect(api(bare)).toBeUndefined();
  });

  it('refuses another Host (DNS rebinding), another origin, a cross-site fetch', () => {
    expect(api({ ...good, host: 'attacker.example:4870' })?.status).toBe(421);
    expect(api({ ...good, host: '127.0.0.1:4871' })?.status).toBe(421);
    expect(api({ ...good, origin: 'http://attacker.example' })?.status).toBe(403);
    expect(api({ ...good, origin: 'null' })?.status).toBe(403);
    expect(api({ ...good, 'sec-fetch-site': 'cross-site' })?.status).toBe(403);
  });

  it('needs this run’s token on every API call', () => {
    const { [TOKEN_HEADER]: _t, ...none } = good;
    expect(api(none)?.status).toBe(403);
    expect(api({ ...good, [TOKEN_HEADER]: newToken() })?.status).toBe(403);
    expect(api({ ...good, [TOKEN_HEADER]: ctx.token.slice(1) })?.status).toBe(403);
  });

  it('serves the page only at the address with the token', () => {
    const headers = { host: '127.0.0.1:4870' };
    expect(refusal({ url: `/?token=${ctx.token}`, headers }, 'token-in-query', ctx)).toBeUndefined();
    expect(refusal({ url: '/', headers }, 'token-in-query', ctx)?.status).toBe(403);
    expect(refusal({ url: '/?token=nope', headers }, 'token-in-query', ctx)?.status).toBe(403);
  });

  it('makes a new random token each run', () => {
    const tokens = new Set(Array.from({ length: 20 }, newToken));
    expect(tokens.size).toBe(20);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
