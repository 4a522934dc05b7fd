import path from 'node:path';
import { run } from '../../src/cli/index.js';
import { ROOT } from './cli.js';

export const FORMATS_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');

/** What an in-process run sees of the outside world; the same names as phiLint's options (test/helpers/cli.ts). */
export interface InProcessOptions {
  /** The working directory (relative paths, config lookup, -o, --cache); defaults to the format fixtures. */
  cwd?: string;
  /** The text --stdin reads. */
  input?: string;
  /** Environment variables on top of NO_COLOR=1 (process.env is not passed, so runs are hermetic). */
  env?: Record<string, string>;
  /** Whether stdout is a terminal (colour); false, as for a pipe, unless set. */
  isTTY?: boolean;
  /** Whether stderr is a terminal (the progress line); false unless set. */
  stderrIsTTY?: boolean;
}

/**
 * Runs the CLI in this process (no spawn: the NLP model and rule packs load
 * once per test worker) and captures its output, shaped like phiLint's result.
 * The second argument is the working directory or the full options.
 */
export async function runCli(args: string[], options: string | InProcessOptions = {}) {
  const { cwd = FORMATS_FIXTURES, input = '', env = {}, isTTY = false, stderrIsTTY = false } = typeof options === 'string' ? { cwd: options } : options;
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => input,
    isTTY,
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}

/** Every matched text of a run (raw, from --no-mask JSON), for asserting that masked output never shows one. */
export async function rawMatches(paths: string[]): Promise<string[]> {
  const doc = JSON.parse((await runCli(['--no-mask', '-f', 'json', ...paths])).stdout);
  const texts = doc.files.flatMap((f: { findings: { text: string }[] }) => f.findings.map((x) => x.text));
  return [...new Set<string>(texts)];
}

/** The JSON summary of the same run, so format tests compare against it instead of fixed counts. */
export async function summaryOf(args: string[], cwd = FORMATS_FIXTURES) {
  return JSON.parse((await runCli(['-f', 'json', ...args], cwd)).stdout).summary as {
    errors: number;
    warnings: number;
    infos: number;
    fatal: number;
  };
}
