import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '../lib/errors.js';
import { startLanguageServer } from '../lsp/server.js';
import { startReviewServer } from '../serve/server.js';
import type { CliIo } from './io.js';
import { integer, subcommand } from './subcommand.js';

/** `phi-lint lsp` and `phi-lint serve`: phi-lint where drafts are written (docs/editor.md). */

interface ConfigFlags {
  rules: string[];
  config?: string;
  configLookup: boolean;
  inlineConfig: boolean;
}

/** The config options both commands share with a lint run. */
const withConfigFlags = (cmd: Command) =>
  cmd
    .option('-c, --config <file>', 'use this config file, over the .phi-lint.yaml files found')
    .option('--no-config-lookup', 'do not look for .phi-lint.yaml files')
    .option('--no-inline-config', 'ignore phi-lint-disable comments and fields');

const ruleOptions = (o: ConfigFlags) => ({ rulePacks: o.rules, configFile: o.config, configLookup: o.configLookup, inlineConfig: o.inlineConfig });

/** `phi-lint lsp`: the language server, over the standard streams; resolves when the editor ends the session. */
export async function runLsp(args: string[], io: CliIo): Promise<number> {
  const cmd = withConfigFlags(subcommand('lsp', 'Start the language server for editors, over standard input and output (docs/editor.md).', io))
    .option('--baseline <file>', 'do not report the findings accepted in this baseline file (read, never written)')
    .option('--debounce <ms>', 'quiet time after a keystroke before a document is linted again', integer, 250)
    // Added by editors' clients: stdio is the only transport; the client's process id is watched by the library.
    .addOption(new Option('--stdio').hideHelp())
    .addOption(new Option('--clientProcessId <pid>').hideHelp())
    .parse(args, { from: 'user' });
  const o = cmd.opts<ConfigFlags & { baseline?: string; debounce: number }>();
  if (!io.streams) throw new UsageError('phi-lint lsp speaks the Language Server Protocol over standard input and output; start it from an editor');
  return startLanguageServer({
    ...ruleOptions(o),
    baseline: o.baseline,
    env: io.env,
    debounce: Math.max(o.debounce, 0),
    cwd: io.cwd,
    input: io.streams.stdin,
    output: io.streams.stdout,
  });
}

const port = (value: string) => {
  const n = integer(value);
  if (n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
};

/** `phi-lint serve`: the review page on 127.0.0.1; prints its address and runs until stopped (Ctrl+C). */
export async function runServe(args: string[], io: CliIo): Promise<number> {
  const cmd = withConfigFlags(subcommand('serve', 'Start the review page on this computer only: paste or drop a draft, see its findings, apply fixes, copy the safe version.', io))
    .option('-p, --port <n>', 'port on 127.0.0.1 (default: any free port)', port, 0)
    .parse(args, { from: 'user' });
  const o = cmd.opts<ConfigFlags & { port: number }>();
  const server = await startReviewServer({ ...ruleOptions(o), cwd: io.cwd, port: o.port });
  io.stdout.write(
    `phi-lint review page: ${server.url}\n` +
      'Open that address in your browser. The page runs on this computer only: what you paste is not sent anywhere or stored.\n' +
      'Press Ctrl+C to stop.\n',
  );
  await server.closed;
  return 0;
}
