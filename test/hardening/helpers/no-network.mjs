// Preload (node --import) that makes any network attempt fail loudly and leaves a trace:
// each attempt is appended to the file named by PHI_LINT_NET_LOG, then throws.
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';

const blocked = (what) =>
  function blockedNetworkCall() {
    appendFileSync(process.env.PHI_LINT_NET_LOG, `${what}\n`);
    throw new Error(`network access attempted (${what})`);
  };

net.Socket.prototype.connect = blocked('net.Socket.connect');
net.connect = net.createConnection = blocked('net.connect');
tls.connect = blocked('tls.connect');
http.request = http.get = blocked('http.request');
https.request = https.get = blocked('https.request');
dgram.Socket.prototype.send = blocked('dgram.send');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = blocked(`dns.${name}`);
  dns.promises[name] = blocked(`dns.promises.${name}`);
}
globalThis.fetch = blocked('fetch');
syncBuiltinESMExports();
