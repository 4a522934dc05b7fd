// `npm run bench`, editor part: start-up of `phi-lint lsp` (spawn to the
// initialize answer) and `phi-lint serve` (spawn to the printed address),
// and the time each takes to lint a 2,000-word draft once warmed up (an
// edit to published diagnostics over stdio; a POST /api/check answered).
// Targets (issue 23): start < 300 ms, lint < 50 ms.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { longDraft } from './corpus.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * CPU time a process has used so far, in ms (Linux /proc; clock ticks of
 * 10 ms). On a busy shared machine the wall time of a start-up mostly
 * measures the wait for a core; its CPU time does not.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Spawns `phi-lint lsp` and connects to it as an editor would; `ready` is the initialize answer's time. */
async function lsp(bin, cwd) {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'lsp', '--debounce', '0'], { cwd });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {} });
  const ready = ms(t0);
  const cpu = cpuMs(child.pid);
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
  };
  return { connection, ready, cpu, pid: child.pid, stop };
}

/** Spawns `phi-lint serve`; `ready` is when its address is printed. */
function serve(bin, cwd) {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'serve'], { cwd });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/.exec(out);
      if (m) resolve({ ready: ms(t0), cpu: cpuMs(child.pid), pid: child.pid, port: Number(m[2]), token: m[3], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`phi-lint serve exited ${code}`)));
  });
}

function postCheck(server, text) {
  const body = JSON.stringify({ text, name: 'draft.md' });
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/check', headers: { 'content-type': 'application/json', 'x-phi-lint-token': server.token } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`serve answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Edits the draft (a different word each time, so no result is reused) and waits for its diagnostics. */
async function lspLintTimes(session, cwd, text, runs) {
  const uri = pathToFileURL(path.join(cwd, 'draft.md')).href;
  const waiting = new Map();
  session.connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.version)?.());
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let done = published(1);
  const opened = process.hrtime.bigint();
  session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await done;
  const first = ms(opened);
  const times = [];
  const cpu = [];
  for (let v = 2; v < runs + 2; v++) {
    const t0 = process.hrtime.bigint();
    const c0 = cpuMs(session.pid);
    done = published(v);
    session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'x' }] });
    await done;
    times.push(ms(t0));
    cpu.push(cpuMs(session.pid) - c0);
  }
  return { first, times, cpu };
}

/** Starts a server `count` times: the wall and CPU time of each start. */
async function startUps(start, count) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < count; i++) {
    const s = await start();
    walls.push(s.ready);
    cpus.push(s.cpu);
    await s.stop();
  }
  return [walls, cpus];
}

export async function benchEditor(bin, dir, { starts = 7, warm = 5, runs = 15 } = {}) {
  const { text, words } = longDraft(2000);
  const [lspStarts, lspCpu] = await startUps(() => lsp(bin, dir), starts);
  const session = await lsp(bin, dir);
  const { first, times, cpu } = await lspLintTimes(session, dir, text, warm + runs);
  const lspTimes = times.slice(warm);
  const lspLintCpu = cpu.slice(warm);
  await session.stop();

  const [serveStarts, serveCpu] = await startUps(() => serve(bin, dir), starts);
  const server = await serve(bin, dir);
  const serveTimes = [];
  const serveLintCpu = [];
  for (let i = 0; i < warm + runs; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = cpuMs(server.pid);
    await postCheck(server, text.replace('Spring', `Spring ${i}`));
    if (i < warm) continue;
    serveTimes.push(ms(t0));
    serveLintCpu.push(cpuMs(server.pid) - c0);
  }
  server.stop();

  const line = (name, start, cpu, times, lintCpu) =>
    `${name}: start ${median(start).toFixed(0)} ms (median of ${starts}; ${median(cpu).toFixed(0)} ms of CPU; target < 300), ` +
    `lint of a ${words}-word draft ${median(times).toFixed(1)} ms after warm-up (median of ${runs}, ${Math.min(...times).toFixed(1)}-${Math.max(...times).toFixed(1)}; ${median(lintCpu).toFixed(0)} ms of CPU; target < 50)`;
  console.log(line('phi-lint lsp', lspStarts, lspCpu, lspTimes, lspLintCpu));
  console.log(`  first diagnostics of the draft after start-up (loads the packs and the NLP model): ${first.toFixed(0)} ms`);
  console.log(line('phi-lint serve', serveStarts, serveCpu, serveTimes, serveLintCpu));
  // Shared machines skew every start-up figure: say how busy this one was.
  console.log(`  load average while measuring: ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);
}
