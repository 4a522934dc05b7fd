import { describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/serve/server.js';
import { runCli } from '../helpers/run.js';
import { workspace } from '../helpers/workspace.js';

describe('phi-lint lsp and phi-lint serve on the command line', () => {
  it('are listed in --help, each with its own --help', async () => {
    const help = (await runCli(['--help'])).stdout;
    expect(help).toMatch(/phi-lint lsp\s+language server for editors/);
    expect(help).toMatch(/phi-lint serve \[--port N\]\s+review page on this computer only/);
    expect((await runCli(['lsp', '--help'])).stdout).toMatch(/--baseline <file>[^]*--debounce <ms>/);
    expect((await runCli(['serve', '--help'])).stdout).toMatch(/-p, --port <n>/);
  });

  it('refuse what they cannot do in one clear line, exit 2', async () => {
    const lsp = await runCli(['lsp']);
    expect(lsp).toMatchObject({ code: 2, stderr: 'phi-lint: phi-lint lsp speaks the Language Server Protocol over standard input and output; start it from an editor\n' });
    const badPort = await runCli(['serve', '--port', '70000']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('expected a port number from 0 to 65535');
  });

  it('serve says when its port is taken', async () => {
    const taken = await startReviewServer({ cwd: workspace({}) });
    try {
      const r = await runCli(['serve', '--port', String(taken.port)], workspace({}));
      expect(r).toMatchObject({ code: 2, stderr: `phi-lint: port ${taken.port} is in use; choose another with --port, or leave it out for any free port\n` });
    } finally {
      await taken.close();
    }
  });
});
