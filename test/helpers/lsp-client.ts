import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN } from './cli.js';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/**
 * A scripted LSP client: spawns `phi-lint lsp` and speaks JSON-RPC to it
 * over stdio with Content-Length framing, as an editor does. It answers
 * the server's own requests (client/registerCapability) with null, and keeps
 * every notification for the test to wait on.
 */
export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  /** Requests the server sent (client/registerCapability). */
  readonly requests: Message[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private readonly waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string, env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [BIN, 'lsp', ...args], { cwd, env: { ...process.env, ...env } });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method && message.id !== undefined) {
      this.requests.push(message);
      return this.send({ jsonrpc: '2.0', id: message.id, result: null });
    }
    if (message.method) {
      this.notifications.push(message);
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    const waiting = this.pending.get(message.id as number);
    this.pending.delete(message.id as number);
    if (message.error) waiting?.reject(new Error(message.error.message));
    else waiting?.resolve(message.result);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or to come) of `method` that `accept` takes. */
  async waitFor(method: string, accept: (params: any) => boolean = () => true, timeout = 20_000): Promise<any> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.notifications.find((n) => n.method === method && accept(n.params));
      if (found) return found.params;
      if (Date.now() > deadline) throw new Error(`no ${method} within ${timeout} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for a document at exactly this version. */
  diagnostics(uri: string, version: number): Promise<any[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version).then((p) => p.diagnostics);
  }

  /** shutdown, then exit: resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** The initialize request an editor sends: a workspace folder, versioned edits, dynamic file watching. */
export function initializeParams(root: string) {
  const uri = new URL(`file://${root}`).href;
  return {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'drafts' }],
    capabilities: {
      workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
    },
  };
}
